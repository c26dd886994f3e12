// The colour matrix, in Chromium against the built CDN file: host page {declares no color-scheme, `light dark`, a
// dark page with `color-scheme: dark`} × reader preference {light, dark} (emulated) × `theme` {auto, system, light,
// dark}. In each, every shown text box of every element (and the page text the corrections element wraps) meets WCAG
// AA against the background actually behind it, and each element's surface is light or dark as its theme says.
/* global visibleText -- the helpers' bundle, added to the page */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { launch, serve } from './browser.mjs';

const HOST_PAGES = {
  'no color-scheme': '',
  'color-scheme: light dark': ':root { color-scheme: light dark; }',
  'dark page, color-scheme: dark': ':root { color-scheme: dark; background: #0f1013; color: #ececf1; }',
};
const PREFERENCES = ['light', 'dark'];
const THEMES = ['auto', 'system', 'light', 'dark'];

/** Each element, and the box that draws its surface (none for the corrections element, which draws no surface). */
const ELEMENTS = [
  ['quote-card quote="daly-peacemaker"', 'figure'],
  ['quote-card quote="gabuev-embarrassed" variant="pull"', 'figure'],
  ['summit-takeaway takeaway="us-reaction" open quote-cards', 'article'],
  ['reaction-panel', '.reactions'],
  ['summit-explainer hash-links="off"', 'article'],
  ['summit-declaration', '.declaration'],
  ['summit-related', '.card'],
  ['summit-corrections', undefined],
];

const page = (hostCss) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Colour matrix</title>
    <style>${hostCss}</style>
    <script type="module" src="/dist/cdn/summit-kit.js"></script>
  </head>
  <body>
    <main>
      ${ELEMENTS.map(([tag]) => {
        const name = tag.split(' ')[0];
        const content = name === 'summit-corrections' ? "<p>The publisher's own paragraph.</p>" : '';
        return `<${tag} class="under-test">${content}</${name}>`;
      }).join('\n')}
    </main>
  </body>
</html>`;

/** Which scheme an element should be in. */
function expectedDark(host, preference, theme) {
  if (theme === 'light' || theme === 'dark') return theme === 'dark';
  if (theme === 'system') return preference === 'dark';
  if (host === 'no color-scheme') return false;
  if (host === 'color-scheme: light dark') return preference === 'dark';
  return true;
}

let server;
let browser;
let helpers;

before(async () => {
  // The same helpers the browser tests import, bundled for the page.
  const bundled = await build({
    entryPoints: ['tests/theming/visible-text.ts'],
    bundle: true,
    format: 'iife',
    globalName: 'visibleText',
    write: false,
  });
  helpers = bundled.outputFiles[0].text;
  server = await serve('.');
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe('colour matrix: host page × reader preference × theme', () => {
  for (const [host, hostCss] of Object.entries(HOST_PAGES)) {
    for (const preference of PREFERENCES) {
      it(`${host}, reader prefers ${preference}: every theme readable, auto follows the page`, async () => {
        const context = await browser.newContext({ colorScheme: preference });
        const tab = await context.newPage();
        await tab.route('**/matrix.html', (route) =>
          route.fulfill({ contentType: 'text/html; charset=utf-8', body: page(hostCss) }),
        );
        await tab.goto(`${server.origin}/matrix.html`);
        await tab.addScriptTag({ content: helpers });
        const problems = [];
        for (const theme of THEMES) {
          const seen = await tab.evaluate(
            async ({ theme, surfaces }) => {
              const elements = [...document.querySelectorAll('.under-test')];
              for (const el of elements) el.setAttribute('theme', theme);
              await Promise.all(elements.map((el) => el.ready));
              const v = visibleText;
              await Promise.all(v.deepElements(document).map((el) => el.updateComplete));
              const low = v
                .textBoxes(document.querySelector('main'))
                .map((el) => v.textContrast(el))
                .filter((t) => t.ratio < t.needed)
                .map((t) => `${t.text}: ${t.ratio.toFixed(2)} < ${t.needed}`);
              const dark = elements.flatMap((el, i) => {
                const surface = surfaces[i] ? el.shadowRoot.querySelector(surfaces[i]) : null;
                return surface ? [[el.localName, v.isDark(v.backgroundOf(surface))]] : [];
              });
              // Guards the check itself: every element has text boxes to measure.
              const empty = elements.filter((el) => v.textBoxes(el.shadowRoot).length === 0).map((el) => el.localName);
              return { low, dark, empty };
            },
            { theme, surfaces: ELEMENTS.map(([, surface]) => surface ?? null) },
          );
          const want = expectedDark(host, preference, theme);
          problems.push(
            ...seen.low.map((line) => `theme=${theme}: ${line}`),
            ...seen.empty.map((tag) => `theme=${theme}: ${tag} shows no text`),
            ...seen.dark
              .filter(([, isDark]) => isDark !== want)
              .map(([tag, isDark]) => `theme=${theme}: ${tag} is ${isDark ? 'dark' : 'light'}`),
          );
        }
        await context.close();
        assert.deepEqual(problems, []);
      });
    }
  }
});
