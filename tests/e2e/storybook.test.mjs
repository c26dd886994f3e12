// Every story and docs page of the static Storybook (storybook-static/, from `npm run build-storybook`).
import { readFileSync } from 'node:fs';
import { serve } from './browser.mjs';
import { describeStorybook } from './storybook-pages.mjs';

describeStorybook('static Storybook', {
  server: await serve('storybook-static'),
  index: JSON.parse(readFileSync('storybook-static/index.json', 'utf8')),
});
