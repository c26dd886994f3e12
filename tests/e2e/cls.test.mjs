// Issue 8's layout-shift targets, on the synthetic article pages of bench/cls (one page per element, its module 500 ms
// late, at 1280×720 and 390×844), measured with the Layout Instability API in Chromium: CLS ≤ 0.01 with the documented
// reservation (summit-kit/reserve.css) and 0 for the server-rendered page. CLS is a layout figure, not a timing: the
// same build gives the same value on every run on one machine. src/reserve.css holds sizes measured from the rendered
// elements; it goes stale when an element's layout changes (it once did, unnoticed, after a template change), and
// this check is what says so.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { measureCls } from '../../bench/cls/measure.mjs';

const reportOf = ({ results }) => results.map((r) => `${r.tag} @ ${r.viewport}: ${r.cls.toFixed(4)}`).join('\n');

it('with summit-kit/reserve.css, no element shifts the page by more than 0.01 when its module arrives', async () => {
  const run = await measureCls('client-only + reserve');
  assert.equal(run.skipped, undefined);
  assert.equal(run.results.length, 14);
  const over = run.results.filter((r) => !(r.cls <= 0.01));
  assert.deepEqual(
    over,
    [],
    `CLS over 0.01 with the reservation; if an element's layout changed, regenerate src/reserve.css with ` +
      `\`node bench/cls/sizes.mjs --write\` (after npm run build).\n${reportOf(run)}`,
  );
});

it('server-rendered, no element shifts the page when it hydrates', async () => {
  const run = await measureCls('ssr');
  assert.equal(run.skipped, undefined, 'npm run build makes dist/ssr and the hydrate file first');
  assert.equal(run.results.length, 14);
  const shifted = run.results.filter((r) => r.cls.toFixed(4) !== '0.0000');
  assert.deepEqual(shifted, [], `CLS of a server-rendered page:\n${reportOf(run)}`);
});
