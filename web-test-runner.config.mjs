import { litSsrPlugin } from '@lit-labs/testing/web-test-runner-ssr-plugin.js';
import json from '@rollup/plugin-json';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { chromeLauncher } from '@web/test-runner-chrome';
import { playwrightLauncher } from '@web/test-runner-playwright';
import puppeteer from 'puppeteer-core';
import { chromePath, chromiumArgs, firefoxPath, missingBrowsers } from './scripts/browsers.mjs';
import { testApi } from './tests/server.mjs';

const missing = missingBrowsers();
if (missing.length) {
  for (const line of missing) console.error(line);
  process.exit(1);
}

const jsonPlugin = fromRollup(json);

/** Fail a run on Lit's dev-mode warnings (not on the one "Lit is in dev mode" notice). */
const filterBrowserLogs = ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode');

/** `npm run test:browser:prod` runs the suite once more on Lit's production build, in Chromium. */
const production = process.env.SUMMIT_LIT_MODE === 'production';

const chromium = playwrightLauncher({
  product: 'chromium',
  launchOptions: { executablePath: chromePath, args: chromiumArgs },
  createBrowserContext: ({ browser }) => browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] }),
});

// Firefox runs one file at a time: with two, puppeteer opens them as tabs of one window and the background tab gets
// no key presses and no :focus-visible.
const firefox = chromeLauncher({
  puppeteer,
  concurrency: 1,
  launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
  createPage: async ({ context }) => tolerateOrientation(await context.newPage()),
});

/**
 * puppeteer's `setViewport` (which web-test-runner calls before every test file) also sends WebDriver BiDi's
 * `emulation.setScreenOrientationOverride`, which Debian's Firefox ESR 140 does not know: every file then failed before
 * it ran. The viewport itself is set by the command sent beside it, so only that one "unknown command" is let through;
 * any other error still fails the run.
 */
function tolerateOrientation(page) {
  const setViewport = page.setViewport.bind(page);
  page.setViewport = async (viewport) => {
    try {
      await setViewport(viewport);
    } catch (error) {
      if (!String(error?.message).includes('unknown command emulation.setScreenOrientationOverride')) throw error;
    }
  };
  return page;
}

/**
 * `SUMMIT_BROWSERS=chromium` or `=firefox` runs one browser. `npm run test:browser` runs one after the other: on two
 * cores the two at once took longer than both in turn (272 s against 99 + 124 s), each slowing the other's files.
 */
const only = process.env.SUMMIT_BROWSERS;
const browsers = production
  ? [chromium]
  : [chromium, firefox].filter((browser) => !only || only.split(',').includes(browser.name.toLowerCase()));

/**
 * Forced colours, reduced motion and print are emulated through the Chrome DevTools Protocol, which Firefox's launcher
 * (puppeteer over WebDriver BiDi) does not offer: that file runs in Chromium only, in its own group.
 */
const chromiumOnly = ['tests/theming/media.test.ts'];
const files = process.env.WTR_FILES ?? ['tests/**/*.test.ts', ...chromiumOnly.map((file) => `!${file}`)];
const inChromium = browsers.filter((browser) => browser === chromium);
const groups =
  process.env.WTR_FILES || inChromium.length === 0
    ? []
    : [{ name: 'emulated media (Chromium)', files: chromiumOnly, browsers: inChromium }];

export default {
  files,
  groups,
  nodeResolve: { exportConditions: [production ? 'production' : 'development'] },
  concurrency: 2,
  concurrentBrowsers: 2,
  testsFinishTimeout: 240_000,
  filterBrowserLogs,
  middleware: [testApi],
  mimeTypes: { 'data/*.json': 'js', 'package.json': 'js' },
  plugins: [
    jsonPlugin({ include: ['data/*.json', 'package.json'] }),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    // Server-renders fixtures in Node for tests/modes.ts (from the modules scripts/build-test-modules.mjs writes).
    litSsrPlugin(),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <body>
        <script type="module" src="${testFramework}"></script>
        <script type="module" src="/tests/setup/lit-warnings.ts"></script>
      </body>
    </html>`,
  testFramework: { config: { timeout: 30_000 } },
  browsers,
};
