// Benchmark (npm run bench, after npm run build): summit-kit against a hand-written vanilla custom-element reference
// (bench/vanilla/) and static HTML, side by side in one run in Debian Chromium. Figures, not pass/fail: prints each
// median ratio with its 95 % CI, the node counts of every variant (the comparison is fair only if they match), CLS
// (bench/cls/measure.mjs), the hydration-mutation count and bytes per page, and writes BENCHMARKS.md.
//   npm run bench                 8 interleaved rounds (-- --rounds 12 for more), writes BENCHMARKS.md
//   npm run bench -- --smoke      2 rounds (the second on new pages), tiny workloads: checks the harness (finite
//                                 numbers, the same DOM); tests/e2e/bench.test.mjs runs it in npm test
// Variants: static (the rendered DOM as declarative shadow DOM HTML, each shadow root with its CSS in a <style>),
// vanilla, npm (dist/index.js bundled for the page with esbuild), cdn (dist/cdn/summit-kit.js) and, when
// dist/ssr/index.js and dist/cdn/summit-kit-hydrate.js exist, ssr (server HTML, then hydration).
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import * as prettier from 'prettier';
import { benchPage, openBench, startBench } from '../bench/session.mjs';
import { fmtRatio, median, ms, ratio } from '../bench/stats.mjs';

const argv = process.argv.slice(2);
const smoke = argv.includes('--smoke');
const option = (name) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const ROUNDS = smoke ? 2 : Math.max(8, Number(option('--rounds') ?? 8));
const OUT = 'dist/bench';
const log = (...parts) => console.log(...parts);

const raw = JSON.parse(readFileSync('data/moscow-summit-2023.json', 'utf8'));
const quoteIds = raw.quotes.map((q) => q.id);
const explainers = (n) => '<summit-explainer quote-cards hash-links="off"></summit-explainer>'.repeat(n);
const cards = (n) =>
  Array.from({ length: n }, (_, i) => `<quote-card quote="${quoteIds[i % quoteIds.length]}"></quote-card>`).join('');

/**
 * What each render workload mounts (as client-side HTML; static and ssr get the same elements pre-rendered), and how
 * many times per round: a round's sample of a short workload (a few milliseconds, where one timer tick or one
 * scheduler hiccup is a tenth of it) is the median of `repeat` mounts, as the tab switch's is.
 */
const WORKLOADS = {
  'explainer-1': {
    label: 'one `<summit-explainer quote-cards>` to rendered + laid out',
    html: explainers(1),
    repeat: 5,
  },
  'explainer-10': { label: 'ten explainers', html: explainers(smoke ? 2 : 10) },
  'explainer-100': { label: 'a hundred explainers', html: explainers(smoke ? 3 : 100) },
  'cards-1000': { label: '1,000 `<quote-card>`', html: cards(smoke ? 20 : 1000) },
  panel: { label: 'one `<reaction-panel>` mount', html: '<reaction-panel></reaction-panel>', repeat: 5 },
};
const TAGS = ['quote-card', 'summit-takeaway', 'summit-explainer', 'reaction-panel'];

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

// ---- build the pages ----------------------------------------------------------------------------------------------
mkdirSync(OUT, { recursive: true });
for (const file of ['dist/cdn/summit-kit.js', 'dist/index.js']) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run npm run build first.`);
    process.exit(1);
  }
}
const ssrAvailable = existsSync('dist/ssr/index.js') && existsSync('dist/cdn/summit-kit-hydrate.js');
const variants = ['static', 'vanilla', 'npm', 'cdn', ...(ssrAvailable ? ['ssr'] : [])];
const notes = [];
if (!ssrAvailable) notes.push('ssr: skipped (dist/ssr/index.js or dist/cdn/summit-kit-hydrate.js not built).');

await build({
  entryPoints: ['dist/index.js'],
  bundle: true,
  minify: true,
  format: 'esm',
  conditions: ['production'],
  outfile: `${OUT}/npm.js`,
  logLevel: 'error',
});

const page = (v, body = '', query = '') => benchPage(`bench: ${v}`, `/bench/harness.js?variant=${v}${query}`, body);
for (const v of ['static', 'vanilla', 'npm', 'cdn', 'ssr']) writeFileSync(`${OUT}/page-${v}.html`, page(v));

const bench = await startBench();
const { server, browser } = bench;
const browserVersion = browser.version();
const url = (path) => `${server.origin}/${path}`;

/** A new page for variant `v`, set up to mount `markup`; its uncaught errors go to `problems`. */
async function openVariant(v, markup, problems = []) {
  const tab = await openBench(bench, `${OUT}/page-${v}.html`, markup, (error) => problems.push(error.message));
  return { tab, problems };
}

// The CSS summit-kit adopts, and its rendered DOM as static HTML, both read from the CDN build.
const reference = await openVariant('cdn', Object.fromEntries(Object.entries(WORKLOADS).map(([k, w]) => [k, w.html])));
const styles = await reference.tab.evaluate((tags) => window.bench.styles(tags), TAGS);
writeFileSync(`${OUT}/styles.json`, JSON.stringify(styles));
const staticHtml = {};
for (const key of Object.keys(WORKLOADS)) {
  await reference.tab.evaluate((k) => window.bench.mount(k), key);
  staticHtml[key] = await reference.tab.evaluate(() => window.bench.serialize());
}
await reference.tab.close();

await build({
  stdin: {
    contents:
      "import { defineVanilla } from './bench/vanilla/summit-vanilla.js';\n" +
      "import bundle from './data/moscow-summit-2023.json';\n" +
      `import styles from './${OUT}/styles.json';\n` +
      'defineVanilla({ bundle, styles });\n',
    resolveDir: '.',
    loader: 'js',
  },
  bundle: true,
  minify: true,
  format: 'esm',
  outfile: `${OUT}/vanilla.js`,
  logLevel: 'error',
});

/** Server-rendered HTML per workload, from the ssr engineer's renderToString (when built). */
async function ssrMarkup() {
  const { renderToString } = await import('../dist/ssr/index.js');
  const explainer = await renderToString('summit-explainer', { 'quote-cards': '', 'hash-links': 'off' });
  const count = (html) => (html.match(/<quote-card/g) ?? []).length;
  const cardHtml = [];
  for (let i = 0; i < count(WORKLOADS['cards-1000'].html); i++) {
    cardHtml.push(await renderToString('quote-card', { quote: quoteIds[i % quoteIds.length] }));
  }
  const n = (key) => (WORKLOADS[key].html.match(/<summit-explainer/g) ?? []).length;
  return {
    'explainer-1': explainer.repeat(n('explainer-1')),
    'explainer-10': explainer.repeat(n('explainer-10')),
    'explainer-100': explainer.repeat(n('explainer-100')),
    'cards-1000': cardHtml.join(''),
    panel: await renderToString('reaction-panel', {}),
  };
}

const markup = { static: staticHtml };
for (const v of ['vanilla', 'npm', 'cdn'])
  markup[v] = Object.fromEntries(Object.entries(WORKLOADS).map(([k, w]) => [k, w.html]));
if (ssrAvailable) {
  try {
    markup.ssr = await ssrMarkup();
  } catch (error) {
    variants.pop();
    notes.push(`ssr: skipped (renderToString failed: ${error.message}).`);
  }
}

// ---- render workloads, round-robin --------------------------------------------------------------------------------
const pages = {};
for (const v of variants) pages[v] = await openVariant(v, markup[v]);

const samples = {}; // samples[workload][variant] = [ms per round]
const census = {}; // census[workload][variant] = { elements, text, shadowRoots, signature }
for (const key of [...Object.keys(WORKLOADS), 'tab']) {
  samples[key] = Object.fromEntries(variants.map((v) => [v, []]));
  census[key] = {};
}

/** The median of `n` runs of `run(i)` (one run in the smoke pass). */
async function medianOf(n, run) {
  const times = [];
  for (let i = 0; i < (smoke ? 1 : n); i++) times.push(await run(i));
  return median(times);
}

/** One round's sample of `key` in variant `v`: the median of the workload's `repeat` mounts (default one). */
async function mount(v, key) {
  const { tab } = pages[v];
  await tab.bringToFront();
  return medianOf(WORKLOADS[key].repeat ?? 1, () => tab.evaluate((k) => window.bench.mount(k), key));
}

async function tabSwitch(v, round) {
  const { tab } = pages[v];
  await tab.bringToFront();
  await tab.evaluate((k) => window.bench.mount(k), 'panel');
  return medianOf(5, (i) => tab.evaluate((r) => window.bench.tabSwitch(r), round * 5 + i));
}

/** A round of every workload in variant `v`, not recorded: the JIT's warm-up on a new page. */
async function warmUp(v) {
  for (const key of Object.keys(WORKLOADS)) await mount(v, key);
}

const started = performance.now();
if (!smoke) {
  log('warming up…');
  for (const v of variants) await warmUp(v);
}
const hydration = {}; // hydration[workload] = what hydrating the server's DOM changed in it (ssr only)
for (const key of Object.keys(WORKLOADS)) {
  for (const v of variants) {
    await mount(v, key);
    census[key][v] = await pages[v].tab.evaluate(() => window.bench.census());
  }
  if (variants.includes('ssr')) {
    hydration[key] = await pages.ssr.tab.evaluate((k) => window.bench.hydrationMutations(k), key);
  }
}
if (variants.includes('ssr')) {
  // The control: the same observers on a client-rendered explainer see every node it renders.
  hydration['explainer-1, cdn (control: client-rendered)'] = await pages.cdn.tab.evaluate(() =>
    window.bench.hydrationMutations('explainer-1'),
  );
}
/**
 * Every round after the first runs on new pages, warmed up as the first ones were. Two pages loading the same
 * file can differ by a few per cent for their whole life (what the JIT made of them): one page per variant for the
 * whole run would put that difference into every round, and no interval would show it.
 */
async function freshPages() {
  for (const v of variants) {
    await pages[v].tab.close();
    pages[v] = await openVariant(v, markup[v], pages[v].problems);
    await warmUp(v);
  }
}

for (let round = 0; round < ROUNDS; round++) {
  if (round > 0) await freshPages();
  // Each round starts with a different variant, so no variant always runs first (or right after another).
  const order = variants.map((_, i) => variants[(i + round) % variants.length]);
  for (const key of Object.keys(WORKLOADS)) {
    for (const v of order) samples[key][v].push(await mount(v, key));
  }
  for (const v of order) samples.tab[v].push(await tabSwitch(v, round));
  log(`round ${round + 1}/${ROUNDS} done (${((performance.now() - started) / 1000).toFixed(0)} s)`);
}
for (const v of variants) await pages[v].tab.evaluate(() => window.bench.clear());

// ---- cold: a fresh browser context (no cache) per load: module load + first explainer -----------------------------
const coldHtml = {
  static: staticHtml['explainer-1'],
  ssr: markup.ssr?.['explainer-1'],
};
for (const v of variants) {
  writeFileSync(`${OUT}/cold-${v}.html`, page(v, coldHtml[v] ?? WORKLOADS['explainer-1'].html, '&cold'));
}
samples.cold = Object.fromEntries(variants.map((v) => [v, []]));
const bytes = {};
async function cold(v) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const tab = await context.newPage();
  const files = new Set();
  tab.on('response', (response) => files.add(new URL(response.url()).pathname));
  await tab.goto(url(`${OUT}/cold-${v}.html`));
  const time = await tab
    .waitForFunction(() => window.coldDone, undefined, { timeout: 60_000 })
    .then((h) => h.jsonValue());
  await context.close();
  if (!bytes[v]) {
    const sizes = { html: 0, script: 0, data: 0 };
    for (const path of files) {
      if (path.startsWith('/bench/')) continue; // the harness, the same on every page
      const body = readFileSync(`.${path}`);
      const kind = path.endsWith('.html') ? 'html' : path.endsWith('.json') ? 'data' : 'script';
      sizes[kind] += gzipSync(body, { level: 9 }).length;
    }
    bytes[v] = sizes;
  }
  return time;
}
for (let round = 0; round < ROUNDS; round++) {
  const order = variants.map((_, i) => variants[(i + round) % variants.length]);
  for (const v of order) samples.cold[v].push(await cold(v));
}
log(`cold loads done (${((performance.now() - started) / 1000).toFixed(0)} s)`);

// ---- CLS (bench/cls/measure.mjs): one synthetic article page per element, its module delayed --------------------
// Client-only without and with the documented reservation (summit-kit/reserve.css), and server-rendered + hydrated,
// at both viewports of issue 8. The smoke run measures one element.
const { VARIANTS: CLS_VARIANTS, measureCls, clsTable } = await import('../bench/cls/measure.mjs');
const { ELEMENTS: CLS_ELEMENTS, MODULE_DELAY_MS } = await import('../bench/cls/pages.mjs');
const clsRuns = [];
for (const variant of CLS_VARIANTS) {
  const elements = smoke ? CLS_ELEMENTS.filter((e) => e.tag === 'quote-card') : CLS_ELEMENTS;
  clsRuns.push(await measureCls(variant, { browser, elements }));
}
log(`CLS done (${((performance.now() - started) / 1000).toFixed(0)} s)`);

const problems = variants.flatMap((v) => pages[v].problems.map((p) => `${v}: ${p}`));
await browser.close();
await server.close();

// ---- validation (kept from the first benchmark): in Node ----------------------------------------------------------
const { parseBundle } = await import('../dist/data/index.js');
const validated = parseBundle(structuredClone(raw));
const validation = { fresh: [], trusted: [] };
for (let i = 0; i < (smoke ? 2 : 15); i++) {
  for (const kind of i % 2 ? ['fresh', 'trusted'] : ['trusted', 'fresh']) {
    const start = performance.now();
    for (let j = 0; j < 20; j++) {
      const copy = structuredClone(raw);
      parseBundle(kind === 'fresh' ? copy : validated);
    }
    validation[kind].push(performance.now() - start);
  }
}

// ---- report -------------------------------------------------------------------------------------------------------
const rows = [...Object.keys(WORKLOADS), 'tab', 'cold'];
const labels = {
  ...Object.fromEntries(Object.entries(WORKLOADS).map(([k, w]) => [k, w.label])),
  tab: 'tab switch (click → panel updated + laid out; static: the same attribute changes by hand)',
  cold: 'cold: fresh context, page + module load + first explainer (ms since navigation)',
};
const lines = [];
lines.push('| workload | variant | median | / vanilla (95 % CI) | / static (95 % CI) |', '|---|---|---|---|---|');
for (const key of rows) {
  for (const v of variants) {
    const s = samples[key][v];
    const vsVanilla = v === 'vanilla' ? '1' : fmtRatio(ratio(s, samples[key].vanilla));
    const vsStatic = v === 'static' ? '1' : fmtRatio(ratio(s, samples[key].static));
    lines.push(`| ${v === variants[0] ? labels[key] : ''} | ${v} | ${ms(median(s))} | ${vsVanilla} | ${vsStatic} |`);
  }
}
const countLines = [
  '| workload | variant | elements | text nodes | shadow roots | same DOM as vanilla |',
  '|---|---|---|---|---|---|',
];
const unequal = [];
/** Where two signatures part, with a little context on each side: what to fix in bench/vanilla/. */
const firstDifference = (a, b) => {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const at = Math.max(0, i - 80);
  return `…${a.slice(at, i + 80)}… vs vanilla …${b.slice(at, i + 80)}…`;
};
for (const key of Object.keys(WORKLOADS)) {
  for (const v of variants) {
    const c = census[key][v];
    const same = c.signature === census[key].vanilla.signature;
    if (!same) {
      unequal.push(
        `${key}/${v}: ${c.elements}/${c.text}/${c.shadowRoots} vs vanilla ${census[key].vanilla.elements}/${census[key].vanilla.text}/${census[key].vanilla.shadowRoots}; ${firstDifference(c.signature, census[key].vanilla.signature)}`,
      );
    }
    countLines.push(
      `| ${v === variants[0] ? key : ''} | ${v} | ${c.elements} | ${c.text} | ${c.shadowRoots} | ${same ? 'yes' : 'no'} |`,
    );
  }
}
const byteLines = ['| variant | HTML | script | data (JSON) | total |', '|---|---|---|---|---|'];
for (const v of variants) {
  const b = bytes[v];
  byteLines.push(`| ${v} | ${kb(b.html)} | ${kb(b.script)} | ${kb(b.data)} | ${kb(b.html + b.script + b.data)} |`);
}
const validationLine =
  `parseBundle ×20 in Node, new objects vs already-validated ones: ${ms(median(validation.fresh))} vs ` +
  `${ms(median(validation.trusted))} (the copy included) → ${(median(validation.fresh) / median(validation.trusted)).toFixed(1)}×`;
const clsText = clsTable(clsRuns);
const hydrationLines = [
  '| workload | shadow roots observed | nodes removed | nodes added | text nodes rewritten |',
  '|---|---|---|---|---|',
  ...Object.entries(hydration).map(
    ([key, h]) => `| ${key} | ${h.shadowRoots} | ${h.removed} | ${h.added} | ${h.text} |`,
  ),
];
const hydrationText = variants.includes('ssr')
  ? hydrationLines.join('\n')
  : 'not measured: the ssr variant did not run (see the notes above).';

log(
  `\n${lines.join('\n')}\n\nNode counts (every shadow root included; <style> elements and blank text left out):\n${countLines.join('\n')}`,
);
log(`\nBytes per page (one explainer, gzip -9; the bench harness left out):\n${byteLines.join('\n')}`);
log(`\nCLS (module delayed ${MODULE_DELAY_MS} ms, 46rem column):\n${clsText}`);
log(`\nHydration (ssr: MutationObserver on the host and every shadow root while it hydrates):\n${hydrationText}`);
log(`\n${validationLine}`);
for (const note of notes) log(`note: ${note}`);

const finite = rows.every((key) =>
  variants.every((v) => samples[key][v].length === ROUNDS && samples[key][v].every(Number.isFinite)),
);
const clsFinite = clsRuns.every((run) =>
  run.skipped ? !ssrAvailable : run.results.length > 0 && run.results.every((r) => Number.isFinite(r.cls)),
);
const hydrationFinite = Object.values(hydration).every((h) => Object.values(h).every(Number.isFinite));
const failures = [
  ...(finite ? [] : ['a measurement is missing or not a finite number']),
  ...(clsFinite ? [] : [`a CLS figure is missing or not a finite number: ${JSON.stringify(clsRuns)}`]),
  ...(hydrationFinite ? [] : [`a hydration count is not a finite number: ${JSON.stringify(hydration)}`]),
  ...unequal.map((u) => `DOM differs: ${u}`),
  ...problems.map((p) => `page error: ${p}`),
];
if (failures.length) {
  console.error(`\nThe benchmark harness is broken:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
if (smoke) {
  log('\nsmoke run: the harness works (finite numbers, the same DOM in every variant).');
  process.exit(0);
}

const cpus = os.cpus();
const md = `# Benchmarks

Generated by \`npm run bench\` (\`scripts/bench.mjs\`, after \`npm run build\`) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Figures, not
pass/fail; rerun on your machine to compare. \`npm test\` runs only a smoke pass (\`npm run bench -- --smoke\`).

- Machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, ${os.type()} ${os.release()}, Node ${process.version}; Chromium ${browserVersion} (headless, \`scripts/browsers.mjs\` flags), 1280×720. Shared with other jobs: read the intervals.
- Method: ${ROUNDS} rounds, round-robin — in each round every workload runs in every variant, the variants in a rotated order (a workload of a few milliseconds — one explainer, one panel, the tab switch — five times over, their median the round's sample); one warm-up pass first. Before each mount the old DOM is removed and the heap collected (\`--expose-gc\`), and after it the page paints and waits for an idle moment, so no variant pays for the garbage or the leftover work (paint, observers) of the one before it. Every round after the first runs on new pages, each warmed up as the first ones were, so that what one page's JIT made of the code is not in every round. Pages are cross-origin isolated, so the timer ticks in 5 µs. A render workload is timed from inserting its HTML (\`setHTMLUnsafe\` into one host, the same for every variant) until every element has rendered (Lit's updates settled) and the layout is flushed. The cold load uses a fresh browser context (empty cache) per load.
- Ratios: median of summit-kit's rounds / median of the reference's, with a 95 % percentile-bootstrap interval (2,000 paired resamples of the rounds).
- Variants: **static** — the DOM summit-kit renders, serialized as declarative shadow DOM HTML (each shadow root carries its CSS in a \`<style>\`); **vanilla** — \`bench/vanilla/\`, hand-written custom elements with the same DOM, the same CSS (summit-kit's own, as constructable stylesheets), the same bundle, rendering synchronously; **npm** — \`dist/index.js\` bundled for the page with esbuild (production condition); **cdn** — \`dist/cdn/summit-kit.js\`${ssrAvailable ? '; **ssr** — HTML from `dist/ssr/index.js` `renderToString`, hydrated by `dist/cdn/summit-kit-hydrate.js`' : ''}.
${notes.map((n) => `- Note: ${n}\n`).join('')}
## Time

${lines.join('\n')}

## Node counts

The comparison is fair when every variant builds the same DOM: elements (without \`<style>\`), non-blank text nodes and
shadow roots under the host, and “same DOM” compares every tag, attribute and text in order.

${countLines.join('\n')}

## Bytes per page

One explainer page, gzip -9 per file as served (the harness module left out).

${byteLines.join('\n')}

## Layout shift (CLS)

Layout Instability API in Chromium, on a synthetic article page per element (text above and below, a 46rem column,
the module delayed by ${MODULE_DELAY_MS} ms), at 1280×720 and 390×844. Targets of issue 8: 0 for the server-rendered
page (\`ssr\`), ≤ 0.01 for the client-only page with the documented reservation (\`client-only + reserve\`, that is
\`summit-kit/reserve.css\`); \`client-only\` without it is shown for comparison.

${clsText}

## Hydration

The ssr variant's server HTML, mounted with a MutationObserver on the host and on every (declarative) shadow root,
until every element has hydrated and rendered: a node replaced counts as removed and added (a subtree inserted or
removed counts once, as the observer reports it). Target: none replaced. The control row is a client-rendered
explainer under the same observers: they see Lit insert its template into the explainer's shadow root.

${hydrationText}

## Validation

${validationLine}
`;
// Formatted as the repository formats Markdown (prettier --check . is part of npm run lint).
const config = (await prettier.resolveConfig('BENCHMARKS.md')) ?? {};
writeFileSync('BENCHMARKS.md', await prettier.format(md, { ...config, filepath: 'BENCHMARKS.md' }));
log('\nwrote BENCHMARKS.md');
