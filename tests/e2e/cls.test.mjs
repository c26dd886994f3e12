// Smoke check of the layout-shift benchmark (bench/cls/measure.mjs): it runs and returns a finite CLS for one element.
// The figures themselves are printed by `node bench/cls/measure.mjs` and `npm run bench`, not asserted here.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { ELEMENTS, VIEWPORTS } from '../../bench/cls/pages.mjs';
import { measureCls } from '../../bench/cls/measure.mjs';

it('bench/cls measures a finite CLS for <quote-card> with the reservation stylesheet', async () => {
  const elements = ELEMENTS.filter((element) => element.tag === 'quote-card');
  const { results, skipped } = await measureCls('client-only + reserve', { elements, viewports: [VIEWPORTS[0]] });
  assert.equal(skipped, undefined);
  assert.equal(results.length, 1);
  assert.equal(results[0].tag, 'quote-card');
  assert.ok(Number.isFinite(results[0].cls) && results[0].cls >= 0, `CLS ${results[0].cls}`);
});
