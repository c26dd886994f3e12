// How much of one explainer's render is Lit's, and how much is summit-kit's own work on top of it: the question the
// benchmark's one tight target (one explainer ≤ 1.3× vanilla, issue 10) turns on. Three variants, side by side:
//   vanilla — the hand-written reference (dist/bench/vanilla.js, built by npm run bench);
//   cdn     — dist/cdn/summit-kit.js as it ships;
//   lit     — the same file with summit-kit's per-element work taken away: each element's render() answered from a
//             cache of what it returned (the same templates, the same values), willUpdate (bundle and item look-ups)
//             from a cache of what it resolved, and no reactive controllers (interface language, bundle source,
//             reading progress). What is left is Lit's work for this DOM — element lifecycle, properties, attribute
//             reflection, template cloning and committing — plus the hooks the DOM needs (a takeaway's id, set in
//             updated() from what willUpdate resolved).
// The lit variant must build the same DOM as the others, tag for tag and text for text (checked every run).
//   npm run bench:floor                   30 rounds (after npm run build and npm run bench -- --smoke)
//   npm run bench:floor -- --rounds 60
//   npm run bench:floor -- --smoke        2 rounds, one mount each (npm test)
// Every round opens new pages, warms them up and rotates the order, as npm run bench does; each is timed by
// bench/harness.js's mount (insert the HTML, wait until every element has rendered, flush the layout). Figures, not
// pass/fail.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { benchPage, openBench, startBench } from '../bench/session.mjs';
import { fmtRatio, median, ms, ratio } from '../bench/stats.mjs';

const argv = process.argv.slice(2);
const smoke = argv.includes('--smoke');
const at = argv.indexOf('--rounds');
const ROUNDS = smoke ? 2 : Math.max(2, Number(at >= 0 ? argv[at + 1] : 30));
const MOUNTS = smoke ? 1 : 5;
const WORKLOAD = 'explainer-1';
const HTML = '<summit-explainer quote-cards hash-links="off"></summit-explainer>';

for (const file of ['dist/cdn/summit-kit.js', 'dist/bench/vanilla.js']) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run npm run build, then npm run bench -- --smoke (it builds the reference).`);
    process.exit(1);
  }
}

const VARIANTS = {
  vanilla: '/bench/harness.js?variant=vanilla',
  cdn: '/bench/harness.js?variant=cdn',
  lit: '/bench/harness.js?variant=lit&module=/dist/cdn/summit-kit.js',
};
const OUT = 'dist/bench/floor';
mkdirSync(OUT, { recursive: true });
for (const [name, harness] of Object.entries(VARIANTS)) {
  writeFileSync(`${OUT}/page-${name}.html`, benchPage(`bench:floor ${name}`, harness));
}

/**
 * In the page, after one ordinary mount of the workload: keeps what each element rendered, then reduces every
 * summit-kit element on the page to Lit's work (see the top of this file). Returns how many templates it kept.
 */
function keepOnlyLit() {
  const host = document.getElementById('host');
  const elements = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if ('renderRoot' in el) elements.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(host);
  const key = (el) => `${el.localName}|${el.getAttribute('quote') ?? ''}|${el.getAttribute('takeaway') ?? ''}`;
  const rendered = new Map(elements.map((el) => [key(el), el.render()]));
  // What willUpdate resolved (the item, which updated() reads to give a takeaway its id), kept the same way.
  const resolved = new Map(elements.map((el) => [key(el), el.resolved]));
  const summitElement = Object.getPrototypeOf(customElements.get('quote-card').prototype);
  summitElement.addController = () => undefined;
  for (const tag of new Set(elements.map((el) => el.localName))) {
    const proto = customElements.get(tag).prototype;
    proto.willUpdate = function willUpdate() {
      this.resolved = resolved.get(key(this));
    };
    proto.render = function render() {
      return rendered.get(key(this));
    };
  }
  host.replaceChildren();
  return rendered.size;
}

const bench = await startBench();
const { server, browser } = bench;
const browserVersion = browser.version();
const problems = [];
/** How many rendered templates the lit variant kept (one per distinct element). */
let templates = 0;

async function open(variant) {
  const tab = await openBench(bench, `${OUT}/page-${variant}.html`, { [WORKLOAD]: HTML }, (error) =>
    problems.push(`${variant}: ${error.message}`),
  );
  if (variant === 'lit') {
    await tab.evaluate((k) => window.bench.mount(k), WORKLOAD);
    templates = await tab.evaluate(keepOnlyLit);
  }
  return tab;
}

/** One sample: the median of MOUNTS mounts. */
async function sample(tab) {
  await tab.bringToFront();
  const times = [];
  for (let i = 0; i < MOUNTS; i++) times.push(await tab.evaluate((k) => window.bench.mount(k), WORKLOAD));
  return median(times);
}

const names = Object.keys(VARIANTS);
const samples = Object.fromEntries(names.map((name) => [name, []]));
const dom = {};
for (let round = 0; round < ROUNDS; round++) {
  const order = [...names.slice(round % names.length), ...names.slice(0, round % names.length)];
  const tabs = {};
  for (const name of order) {
    tabs[name] = await open(name);
    await sample(tabs[name]);
  }
  for (const name of order) {
    samples[name].push(await sample(tabs[name]));
    if (round === 0) dom[name] = (await tabs[name].evaluate(() => window.bench.census())).signature;
  }
  for (const name of order) await tabs[name].close();
  if (!smoke) console.log(`round ${round + 1}/${ROUNDS}`);
}
await browser.close();
await server.close();

const vanilla = samples.vanilla;
console.log(`\nOne <summit-explainer quote-cards>; ${ROUNDS} rounds, each on new pages; Chromium ${browserVersion}\n`);
console.log('| variant | median | / vanilla (95 % CI) | same DOM as vanilla |');
console.log('|---|---|---|---|');
for (const name of names) {
  const vs = name === 'vanilla' ? '1' : fmtRatio(ratio(samples[name], vanilla));
  console.log(`| ${name} | ${ms(median(samples[name]))} | ${vs} | ${dom[name] === dom.vanilla ? 'yes' : 'no'} |`);
}
const own = median(samples.cdn) - median(samples.lit);
const room = 1.3 * median(vanilla) - median(samples.lit);
console.log(
  `\nlit kept ${templates} rendered templates. summit-kit's own work: ${ms(own)} a mount (cdn − lit); ` +
    `a target of 1.3× vanilla leaves ${ms(room)} for it on top of Lit.`,
);
if (problems.length) {
  console.error(`\nUncaught errors in the pages:\n${problems.join('\n')}`);
  process.exit(1);
}
