// Cumulative Layout Shift of each element on a synthetic article page (pages.mjs), measured in Chromium with the
// Layout Instability API, per page variant:
//   "client-only"            the element's module arrives 500 ms late; nothing reserves its space
//   "client-only + reserve"  the same, with summit-kit/reserve.css in the head
//   "ssr"                    the element's server-rendered HTML (renderToString from dist/ssr/index.js), hydrated by
//                            dist/cdn/summit-kit-hydrate.js arriving 500 ms late; skipped while those files are missing
// `node bench/cls/measure.mjs [variant …]` prints a table; `npm run bench` imports measureCls(). Figures, not a test.
// Functions passed to page.evaluate run in the browser, where these exist.
/* global window, document, customElements, PerformanceObserver, requestAnimationFrame */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromePath, chromiumArgs } from '../../scripts/browsers.mjs';
import { ELEMENTS, MODULE_DELAY_MS, VIEWPORTS, articlePage, elementHtml } from './pages.mjs';
import { servePages } from './server.mjs';

export const VARIANTS = ['client-only', 'client-only + reserve', 'ssr'];

const ROOT = new URL('../..', import.meta.url);
const exists = (path) => existsSync(new URL(path, ROOT));
/** The documented reservation (summit-kit/reserve.css, built from src/reserve.css). */
const RESERVE = '<link rel="stylesheet" href="/src/reserve.css" />';
const slug = (variant) => variant.replace(/\W+/g, '-');

/** The page of one element in one variant, or the reason it cannot be built yet. */
async function pageFor(variant, element) {
  const title = `${element.tag}: ${variant}`;
  const delayed = (file) => `/${file}?delay=${MODULE_DELAY_MS}`;
  if (variant === 'client-only' || variant === 'client-only + reserve') {
    return articlePage({
      title,
      element: elementHtml(element),
      head: variant === 'client-only' ? '' : RESERVE,
      script: delayed('dist/cdn/summit-kit.js'),
    });
  }
  if (variant === 'ssr') {
    for (const file of ['dist/ssr/index.js', 'dist/cdn/summit-kit-hydrate.js'])
      if (!exists(file)) return { skip: `${file} is missing (build the server renderer first)` };
    const { renderToString } = await import(new URL('dist/ssr/index.js', ROOT).href);
    const rendered = await renderToString(element.tag, element.attributes ?? {});
    // renderToString returns the element's own HTML; a wrapping element's light DOM goes back inside it.
    const html = element.content
      ? rendered.replace(new RegExp(`</${element.tag}>$`), `${element.content}$&`)
      : rendered;
    return articlePage({ title, element: html, script: delayed('dist/cdn/summit-kit-hydrate.js') });
  }
  throw new Error(`Unknown variant "${variant}" (one of ${VARIANTS.join(', ')})`);
}

/** Opens one page and sums its layout shifts until the element has upgraded and rendered its content. */
async function clsOf(browser, url, tag, viewport) {
  const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url);
  await page.waitForFunction(
    (name) => {
      const text = document.querySelector(name)?.shadowRoot?.textContent?.trim();
      return customElements.get(name) !== undefined && text && !text.startsWith('Loading');
    },
    tag,
    { timeout: 15_000 },
  );
  // Two frames after the content: every shift it caused has been reported.
  const cls = await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.__cls)))),
  );
  await context.close();
  return cls;
}

/**
 * CLS per element × viewport for one page variant.
 * @param {string} variant one of VARIANTS
 * @param {{ elements?: typeof ELEMENTS, viewports?: typeof VIEWPORTS, browser?: import('playwright-core').Browser }} [options]
 * @returns {Promise<{ variant: string, skipped?: string, notes?: string[], results: { tag: string, viewport: string, cls: number }[] }>}
 */
export async function measureCls(variant, { elements = ELEMENTS, viewports = VIEWPORTS, browser } = {}) {
  const pages = new Map();
  const notes = [];
  for (const element of elements) {
    const built = await pageFor(variant, element);
    if (built.skip) return { variant, skipped: built.skip, results: [] };
    if (built.note) notes.push(built.note);
    pages.set(`/cls/${slug(variant)}/${element.tag}.html`, built.page ?? built);
  }
  const server = await servePages(ROOT.pathname, pages);
  const ownBrowser = browser ? undefined : await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
  try {
    const results = [];
    for (const element of elements)
      for (const viewport of viewports) {
        const url = `${server.origin}/cls/${slug(variant)}/${element.tag}.html`;
        const cls = await clsOf(browser ?? ownBrowser, url, element.tag, viewport);
        results.push({ tag: element.tag, viewport: viewport.name, cls });
      }
    return { variant, results, notes };
  } finally {
    await ownBrowser?.close();
    await server.close();
  }
}

/** The table `node bench/cls/measure.mjs` prints: one row per element, one column per variant × viewport. */
export function clsTable(runs) {
  const measured = runs.filter((run) => !run.skipped);
  const columns = measured.flatMap((run) => VIEWPORTS.map((v) => ({ run, viewport: v.name })));
  const header = ['element', ...columns.map((c) => `${c.run.variant} @ ${c.viewport}`)];
  const rows = ELEMENTS.map(({ tag }) => [
    tag,
    ...columns.map(({ run, viewport }) => {
      const found = run.results.find((r) => r.tag === tag && r.viewport === viewport);
      return found ? found.cls.toFixed(4) : '–';
    }),
  ]);
  const lines = [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);
  const notes = [
    ...runs.filter((run) => run.skipped).map((run) => `(${run.variant} skipped: ${run.skipped})`),
    ...runs.flatMap((run) => (run.notes ?? []).map((note) => `(${run.variant}: ${note})`)),
  ];
  return [...lines, ...(notes.length ? ['', ...notes] : [])].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const wanted = process.argv.slice(2);
  const variants = wanted.length ? wanted : VARIANTS;
  const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
  const runs = [];
  try {
    for (const variant of variants) runs.push(await measureCls(variant, { browser }));
  } finally {
    await browser.close();
  }
  console.log(`CLS, module delayed ${MODULE_DELAY_MS} ms, 46rem column (Layout Instability API, Chromium)\n`);
  console.log(clsTable(runs));
}
