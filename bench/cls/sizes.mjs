// Measures each element's rendered block size in Chromium, from the current build (dist/cdn/summit-kit.js), in the
// benchmark's 46rem column at 1280 px and at 390 px wide, and writes src/reserve.css from the figures:
//   node bench/cls/sizes.mjs            prints the figures
//   node bench/cls/sizes.mjs --write    also rewrites src/reserve.css (run after a change to an element's layout)
// The stylesheet holds one rule per element (the median of its items, for any bundle) and, for the default bundle,
// one per takeaway and per quote and variant, each a clamp() between the phone and the laptop figure.
// Functions passed to page.evaluate run in the browser, where these exist.
/* global document, customElements, requestAnimationFrame */
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { chromium } from 'playwright-core';
import { chromePath, chromiumArgs } from '../../scripts/browsers.mjs';
import { VIEWPORTS, articlePage, elementHtml } from './pages.mjs';
import { servePages } from './server.mjs';

const bundle = JSON.parse(readFileSync(new URL('../../data/moscow-summit-2023.json', import.meta.url), 'utf8'));
const ROOT = new URL('../..', import.meta.url).pathname;
const [WIDE, NARROW] = VIEWPORTS;
/** The column is 46rem between 1rem gutters: it stops growing at 46rem + 2rem of viewport. */
const NARROW_COLUMN_VIEWPORT = NARROW.width;
const WIDE_COLUMN_VIEWPORT = (46 + 2) * 16;

const VARIANTS = ['default', 'pull', 'compact'];

/** Every configuration that gets a rule: `selector` (before `:not(:defined)`), the element, and a group for medians. */
function probes() {
  const list = [];
  for (const open of [false, true])
    for (const t of bundle.takeaways)
      list.push({
        group: `summit-takeaway${open ? '[open]' : ''}`,
        selector: `summit-takeaway:is([takeaway='${t.id}'], [takeaway='${t.number}'])${open ? '[open]' : ''}`,
        element: { tag: 'summit-takeaway', attributes: { takeaway: t.id, ...(open ? { open: '' } : {}) } },
      });
  for (const variant of VARIANTS)
    for (const q of bundle.quotes) {
      const v = variant === 'default' ? '' : `[variant='${variant}']`;
      list.push({
        group: `quote-card${v}`,
        selector: `quote-card[quote='${q.id}']${v}`,
        element: { tag: 'quote-card', attributes: { quote: q.id, ...(v ? { variant } : {}) } },
      });
    }
  for (const tag of ['reaction-panel', 'summit-explainer', 'summit-declaration', 'summit-related'])
    list.push({ group: tag, element: { tag } });
  list.push({
    group: 'summit-corrections',
    wraps: true,
    element: { tag: 'summit-corrections', content: '<p>Xi Jinping left Moscow on Wednesday morning.</p>' },
  });
  return list;
}

/** Block sizes (px) of every probe at one viewport: before the module (light DOM only) and rendered. */
async function measure(browser, origin, viewport) {
  const page = await browser.newPage({ viewport: { width: viewport.width, height: viewport.height } });
  await page.goto(`${origin}/sizes.html`);
  const before = await page.$$eval('main > *[data-probe]', (els) => els.map((el) => el.getBoundingClientRect().height));
  await page.evaluate(() => import('/dist/cdn/summit-kit.js'));
  await page.waitForFunction(() =>
    [...document.querySelectorAll('main > *[data-probe]')].every((el) => {
      const text = el.shadowRoot?.textContent?.trim();
      return customElements.get(el.localName) && text && !text.startsWith('Loading');
    }),
  );
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const after = await page.$$eval('main > *[data-probe]', (els) => els.map((el) => el.getBoundingClientRect().height));
  await page.close();
  return { before, after };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rem = (px) => `${+(px / 16).toFixed(3)}rem`;

/** One length: the phone figure at 390 px, the laptop one from 46rem + 2rem, a straight line in between. */
function length(wide, narrow) {
  if (Math.abs(wide - narrow) < 1) return rem(wide);
  const slope = (wide - narrow) / (WIDE_COLUMN_VIEWPORT - NARROW_COLUMN_VIEWPORT);
  const line = `calc(${rem(narrow)} + (100vw - ${NARROW_COLUMN_VIEWPORT}px) * ${+slope.toFixed(4)})`;
  return `clamp(${rem(Math.min(wide, narrow))}, ${line}, ${rem(Math.max(wide, narrow))})`;
}

export async function measureSizes() {
  const list = probes();
  const html = articlePage({
    title: 'Element sizes',
    // The module is imported by the script once the light-DOM sizes are read; an ::after of 1px shows where a
    // wrapped element's own content would end (margins do not collapse through it).
    head: '<link rel="stylesheet" href="/bench/cls/probe.css" />',
    element: list.map((p) => elementHtml(p.element).replace(/^<([\w-]+)/, '<$1 data-probe')).join('\n'),
  });
  const server = await servePages(ROOT, new Map([['/sizes.html', html]]));
  const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
  try {
    const wide = await measure(browser, server.origin, WIDE);
    const narrow = await measure(browser, server.origin, NARROW);
    return list.map((probe, i) => ({
      ...probe,
      // A wrapping element reserves only what it adds to its light DOM (measured with the 1px ::after).
      wide: wide.after[i] - wide.before[i] + (probe.wraps ? 1 : 0),
      narrow: narrow.after[i] - narrow.before[i] + (probe.wraps ? 1 : 0),
    }));
  } finally {
    await browser.close();
    await server.close();
  }
}

export function reserveCss(sizes) {
  const groups = [...new Set(sizes.map((s) => s.group))];
  // A wrapping element keeps its light DOM and reserves what it adds below it, as its ::after.
  const rule = (selector, wide, narrow, wraps = false) =>
    `${selector}:not(:defined)${wraps ? '::after' : ''} { ${wraps ? 'block-size' : 'min-block-size'}: ` +
    `var(--summit-reserve-block-size, ${length(wide, narrow)}); }`;
  const generic = groups.map((group) => {
    const members = sizes.filter((s) => s.group === group);
    const [{ wraps }] = members;
    return rule(group, median(members.map((m) => m.wide)), median(members.map((m) => m.narrow)), wraps);
  });
  const specific = sizes.filter((s) => s.selector).map((s) => rule(s.selector, s.wide, s.narrow));
  const tags = [...new Set(sizes.map((s) => s.element.tag))];
  return `/*
 * summit-kit/reserve.css — reserves each element's space before its module upgrades it, so the page does not shift
 * when the script arrives (client-only pages; server-rendered HTML has its real size already). Plain CSS, no JS.
 *
 * GENERATED by \`node bench/cls/sizes.mjs --write\` from the elements' rendered sizes in Chromium, in a 46rem column
 * with 1rem gutters, at 390 px and 1280 px wide (a straight line between the two). Do not edit by hand.
 *
 * One rule per element (the median of its items, for any bundle), then one per takeaway and per quote of the default
 * bundle. Set --summit-reserve-block-size on an element to reserve your own figure (e.g. in another column width).
 * Only undefined elements match: once an element is defined, none of this applies.
 */
:is(${tags.join(', ')}):not(:defined) { display: block; }
summit-corrections:not(:defined)::after { content: ''; display: block; }
${generic.join('\n')}
${specific.join('\n')}
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = await measureSizes();
  for (const s of sizes)
    console.log(
      `${(s.selector ?? s.group).padEnd(72)} ${s.wide.toFixed(1).padStart(7)} ${s.narrow.toFixed(1).padStart(7)}`,
    );
  if (process.argv.includes('--write')) {
    const file = new URL('../../src/reserve.css', import.meta.url);
    const options = await resolveConfig(file.pathname);
    writeFileSync(file, await format(reserveCss(sizes), { ...options, filepath: file.pathname }));
    console.log('wrote src/reserve.css');
  }
}
