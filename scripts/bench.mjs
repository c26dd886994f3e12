// Benchmark (npm run bench, after npm run build). Prints ratios measured side by side in one run; nothing here is
// asserted by a timer. Each pair alternates its two variants over several rounds and compares medians.
//   1. parseBundle on a new object vs on an already-validated one (the WeakSet short cut every nested element uses)
//   2. 50 <quote-card>s sharing one bundle vs 50 each handed its own copy (validated 50 times), in Chromium
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { parseBundle } from '../dist/data/index.js';
import { launch, serve } from '../tests/e2e/browser.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const raw = JSON.parse(readFileSync('data/moscow-summit-2023.json', 'utf8'));

function pair(a, b, rounds = 15) {
  const ta = [];
  const tb = [];
  for (let i = 0; i < rounds; i++) {
    for (const [fn, out] of i % 2
      ? [
          [a, ta],
          [b, tb],
        ]
      : [
          [b, tb],
          [a, ta],
        ]) {
      const start = performance.now();
      fn();
      out.push(performance.now() - start);
    }
  }
  return [median(ta), median(tb)];
}

const validated = parseBundle(structuredClone(raw));
const [cold, warm] = pair(
  () => {
    for (let i = 0; i < 20; i++) parseBundle(structuredClone(raw));
  },
  () => {
    for (let i = 0; i < 20; i++) {
      structuredClone(raw);
      parseBundle(validated);
    }
  },
);
console.log(
  `parseBundle ×20, new objects vs validated ones: ${cold.toFixed(2)} ms vs ${warm.toFixed(2)} ms → ${(cold / warm).toFixed(1)}× `,
);

const server = await serve('.');
const browser = await launch();
const page = await browser.newPage();
await page.goto(`${server.origin}/examples/plain.html`);
await page.waitForFunction(() => customElements.get('quote-card'));
const result = await page.evaluate(async () => {
  const { defaultBundle } = await import('/dist/cdn/summit-kit.js');
  const bundle = defaultBundle();
  const ids = bundle.quotes.map((q) => q.id);
  async function render(copyEach) {
    const host = document.createElement('div');
    document.body.append(host);
    const start = performance.now();
    for (let i = 0; i < 50; i++) {
      const card = document.createElement('quote-card');
      card.quote = ids[i % ids.length];
      card.bundle = copyEach ? structuredClone(bundle) : bundle;
      host.append(card);
    }
    await Promise.all([...host.children].map((c) => c.ready));
    const ms = performance.now() - start;
    host.remove();
    return ms;
  }
  const shared = [];
  const copies = [];
  for (let i = 0; i < 9; i++) {
    if (i % 2) {
      shared.push(await render(false));
      copies.push(await render(true));
    } else {
      copies.push(await render(true));
      shared.push(await render(false));
    }
  }
  const mid = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { shared: mid(shared), copies: mid(copies) };
});
console.log(
  `50 quote-cards, one shared bundle vs a copy each: ${result.shared.toFixed(1)} ms vs ${result.copies.toFixed(1)} ms → ` +
    `sharing is ${(result.copies / result.shared).toFixed(1)}× faster`,
);
await browser.close();
await server.close();
