// A/B benchmark: two builds of the CDN file side by side, to show whether a change to the library is faster, when
// the gain is a few per cent (less than npm run bench's intervals, which compare against vanilla and static).
//   npm run bench:ab -- <dir-a> <dir-b>             40 rounds; each dir holds a summit-kit.js (a copy of dist/cdn)
//   npm run bench:ab -- <dir-a> <dir-b> --rounds 60
//   npm run bench:ab -- --smoke                     dist/cdn against itself, 2 rounds, tiny workloads (npm test)
// Every round opens a new page for each build and warms it up (the JIT state of one page biases it for its whole
// life), alternates which build goes first, and measures the workloads with bench/harness.js as npm run bench does.
// Prints each build's median, B / A with its 95 % CI, and whether both built the same DOM. Figures, not pass/fail.
// Typical use: `cp -r dist/cdn /tmp/before`, change the code, `npm run build`, `npm run bench:ab -- /tmp/before
// dist/cdn`.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { benchPage, openBench, startBench } from '../bench/session.mjs';
import { fmtRatio, median, ms, ratio } from '../bench/stats.mjs';

const argv = process.argv.slice(2);
const smoke = argv.includes('--smoke');
const at = argv.indexOf('--rounds');
const ROUNDS = smoke ? 2 : Math.max(2, Number(at >= 0 ? argv[at + 1] : 40));
const dirs = smoke
  ? ['dist/cdn', 'dist/cdn']
  : argv.filter((arg, i) => !arg.startsWith('--') && argv[i - 1] !== '--rounds');
if (dirs.length !== 2 || !dirs.every((dir) => existsSync(join(dir, 'summit-kit.js')))) {
  console.error('Usage: npm run bench:ab -- <dir-a> <dir-b> [--rounds N]; each dir holds a summit-kit.js (dist/cdn).');
  process.exit(1);
}

const OUT = 'dist/bench/ab';
const SIDES = ['a', 'b'];
const raw = JSON.parse(readFileSync('data/moscow-summit-2023.json', 'utf8'));
const explainers = (n) => '<summit-explainer quote-cards hash-links="off"></summit-explainer>'.repeat(n);
const cards = (n) =>
  raw.quotes
    .map((q) => `<quote-card quote="${q.id}"></quote-card>`)
    .join('')
    .repeat(n);
/** The workloads, and how many mounts a round's sample is the median of (as in npm run bench). */
const WORKLOADS = {
  'explainer-1': { html: explainers(1), repeat: 5 },
  'explainer-10': { html: explainers(smoke ? 2 : 10), repeat: 1 },
  cards: { html: cards(smoke ? 1 : 10), repeat: 1 },
  panel: { html: '<reaction-panel></reaction-panel>', repeat: 5 },
};
const markup = Object.fromEntries(Object.entries(WORKLOADS).map(([key, w]) => [key, w.html]));

// Each build is copied under the served root, chunks and all, so either may come from anywhere (a copy of an
// earlier dist/cdn, another checkout's build).
rmSync(OUT, { recursive: true, force: true });
SIDES.forEach((side, i) => {
  cpSync(dirs[i], join(OUT, side), { recursive: true });
  const harness = `/bench/harness.js?variant=${side}&module=/${OUT}/${side}/summit-kit.js`;
  writeFileSync(join(OUT, `page-${side}.html`), benchPage(`bench:ab ${side}`, harness));
});

// As in npm run bench: cross-origin isolated pages (a 5 µs timer) and a collected heap before each mount.
const bench = await startBench();
const { server, browser } = bench;
const browserVersion = browser.version();
const problems = [];

const open = (side) =>
  openBench(bench, `${OUT}/page-${side}.html`, markup, (error) => problems.push(`${side}: ${error.message}`));

/** One sample of `key`: the median of the workload's `repeat` mounts. */
async function sample(tab, key) {
  await tab.bringToFront();
  const times = [];
  for (let i = 0; i < (smoke ? 1 : WORKLOADS[key].repeat); i++) {
    times.push(await tab.evaluate((k) => window.bench.mount(k), key));
  }
  return median(times);
}

const samples = Object.fromEntries(Object.keys(WORKLOADS).map((key) => [key, { a: [], b: [] }]));
const dom = {};
const started = performance.now();
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 ? ['b', 'a'] : ['a', 'b'];
  const tabs = {};
  for (const side of order) {
    tabs[side] = await open(side);
    for (const key of Object.keys(WORKLOADS)) await sample(tabs[side], key);
  }
  for (const key of Object.keys(WORKLOADS)) {
    for (const side of order) {
      samples[key][side].push(await sample(tabs[side], key));
      if (round === 0) dom[`${key}:${side}`] = (await tabs[side].evaluate(() => window.bench.census())).signature;
    }
  }
  for (const side of order) await tabs[side].close();
  if (!smoke) console.log(`round ${round + 1}/${ROUNDS} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
}
await browser.close();
await server.close();

console.log(`\nA = ${dirs[0]}, B = ${dirs[1]}; ${ROUNDS} rounds, each on new pages; Chromium ${browserVersion}\n`);
console.log('| workload | A median | B median | B / A (95 % CI) | same DOM |');
console.log('|---|---|---|---|---|');
for (const [key, { a, b }] of Object.entries(samples)) {
  const same = dom[`${key}:a`] === dom[`${key}:b`] ? 'yes' : 'no';
  console.log(`| ${key} | ${ms(median(a))} | ${ms(median(b))} | ${fmtRatio(ratio(b, a), 3)} | ${same} |`);
}
if (problems.length) {
  console.error(`\nUncaught errors in the pages:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('\nAn interval that includes 1 is no difference this run could show: run more rounds, or call it noise.');
