// Every docs page of the static Storybook (storybook-static/, from `npm run build-storybook`); its stories are opened
// by axe.test.mjs, which checks each one the same way (no error display, spinner, console error or failed request).
import { readFileSync } from 'node:fs';
import { serve } from './browser.mjs';
import { describeStorybook } from './storybook-pages.mjs';

describeStorybook('static Storybook', {
  server: await serve('storybook-static'),
  index: JSON.parse(readFileSync('storybook-static/index.json', 'utf8')),
  storiesOpenedElsewhere: true,
});
