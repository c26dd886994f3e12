// What the benchmark scripts (scripts/bench.mjs, scripts/bench-ab.mjs, scripts/bench-floor.mjs) share: the page each
// variant runs in, the server and browser they run on, and how a page is opened and set up, so that every figure they
// print is measured the same way.
import { launch, serve } from '../tests/e2e/browser.mjs';

/** A page for bench/harness.js (loaded from `harness`, with its query): one host in a 46rem column, holding `body`. */
export const benchPage = (title, harness, body = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  '<style>body{margin:0;font:16px/1.5 system-ui,sans-serif}#host{max-inline-size:46rem;margin-inline:auto}</style>' +
  `</head><body><div id="host">${body}</div><script type="module" src="${harness}"></script></body></html>`;

/**
 * Serves the working directory and starts Chromium. The pages are cross-origin isolated (COOP + COEP):
 * performance.now() then ticks in 5 µs, not the 100 µs it is coarsened to otherwise, a fiftieth of one panel mount;
 * every page and module is same-origin, so nothing else changes. --expose-gc: each mount starts from a collected heap
 * (bench/harness.js), so no variant pays for the garbage of the one measured before it.
 */
export async function startBench() {
  const server = await serve('.', () => ({
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
  }));
  const browser = await launch(['--js-flags=--expose-gc']);
  return { server, browser };
}

/** A new 1280×720 tab at `path` (a benchPage), its harness set up to mount `markup`; uncaught errors go to `onError`. */
export async function openBench({ server, browser }, path, markup, onError) {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  tab.on('pageerror', onError);
  await tab.goto(`${server.origin}/${path}`);
  await tab.waitForFunction(() => window.bench);
  await tab.evaluate((m) => window.bench.setup(m), markup);
  return tab;
}
