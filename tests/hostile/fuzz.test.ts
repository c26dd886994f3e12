import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { defaultBundle } from '../../src/data/article-bundle.js';
import { generated, seedFrom } from '../property/bundles.js';
import { mountAll, outcome } from './mount.js';

/** Replay a failure with `?seed=` on the test page, or `SUMMIT_SEED` through the printed value. */
const seed = seedFrom(new URLSearchParams(location.search).get('seed'));
// 1,000 in Chromium (dev build); Firefox runs files one at a time and the production pass repeats Chromium, so
// they take a fifth each, to keep the suite within its time budget.
const devBuild = (globalThis as { litIssuedWarnings?: unknown }).litIssuedWarnings !== undefined;
const NUM_RUNS = devBuild && !navigator.userAgent.includes('Firefox') ? 1_000 : 200;

/** A failure names the seed and path to replay and the start of the counterexample (not 30 KB of it). */
const brief = (error: unknown): Error =>
  new Error(String(error instanceof Error ? error.message : error).slice(0, 1_500));

describe('hostile: generated bundles through every element', () => {
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it(`${NUM_RUNS} bundles: each element renders, or shows a message and fires one summit-error (seed printed)`, async function () {
    this.timeout(180_000);
    console.log(`fuzz seed: ${seed} (replay: open the test with ?seed=${seed})`);
    const t0 = performance.now();
    const seen = new Map<string, number>();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    await fc
      .assert(
        fc.asyncProperty(generated(defaultBundle()), async ({ kind, input }) => {
          const { mounted } = await mountAll((el) => (el.bundle = input), host);
          const outcomes = mounted.map(outcome);
          host.replaceChildren();
          for (const o of outcomes) seen.set(o, (seen.get(o) ?? 0) + 1);
          expect(outcomes.filter((o) => !['rendered', 'error', 'hidden'].includes(o))).to.deep.equal([]);
          expect(kind === 'valid' ? outcomes : []).to.not.include('error');
        }),
        { seed, numRuns: NUM_RUNS },
      )
      .catch((error: unknown) => {
        throw brief(error);
      });
    console.log(
      `fuzz outcomes: ${JSON.stringify(Object.fromEntries(seen))} in ${Math.round(performance.now() - t0)} ms`,
    );
    expect(uncaught).to.deep.equal([]);
    expect(seen.get('rendered')).to.be.above(0);
    expect(seen.get('error')).to.be.above(0);
  });
});
