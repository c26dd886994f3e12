// The benchmark's smoke run (`npm run bench -- --smoke`, about 30 s): one round on tiny workloads, to check that the
// harness itself works — every variant (static, vanilla, npm, cdn, ssr) mounts and builds the same DOM as the vanilla
// reference, tag for tag, attribute for attribute, text for text; every figure is a finite number; CLS and the
// hydration-mutation count are measured. Times are printed, never asserted: they are figures, not pass/fail.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';

const VARIANTS = ['static', 'vanilla', 'npm', 'cdn', 'ssr'];
const number = String.raw`\d+(?:\.\d+)?`;

describe('npm run bench -- --smoke', () => {
  const run = spawnSync(process.execPath, ['scripts/bench.mjs', '--smoke'], { encoding: 'utf8', timeout: 120_000 });
  const output = `${run.stdout}\n${run.stderr}`;

  it('exits 0 and says the harness works', () => {
    assert.equal(run.status, 0, output);
    assert.match(run.stdout, /smoke run: the harness works/);
  });

  it('times every workload in every variant with a finite number', () => {
    const rows = [...run.stdout.matchAll(/^\| [^|]* \| (\w+) \| (\S+) ms \| /gm)];
    for (const variant of VARIANTS) {
      const times = rows.filter((row) => row[1] === variant).map((row) => Number(row[2]));
      assert.equal(times.length, 7, `${variant}: ${times.length} timed rows, expected 7 (5 mounts, tab, cold)`);
      assert.ok(times.every(Number.isFinite), `${variant}: ${times.join(', ')}`);
    }
  });

  it('builds the same DOM as the vanilla reference in every variant and workload', () => {
    const rows = [...run.stdout.matchAll(/^\| ([\w-]*) \| (\w+) \| (\d+) \| (\d+) \| (\d+) \| (yes|no) \|$/gm)];
    assert.equal(rows.length, 5 * VARIANTS.length, 'node-count table incomplete');
    const different = rows.filter((row) => row[6] !== 'yes').map((row) => row[2]);
    assert.deepEqual(different, [], `variants with a different DOM: ${different.join(', ')}`);
  });

  it('measures CLS for a quote card: client-only, with the reservation, and server-rendered, at both viewports', () => {
    const row = run.stdout.match(/^\| quote-card((?: \| [^|]+)+) \|$/m);
    assert.ok(row, 'no CLS row for quote-card');
    const cells = row[1].split(' | ').slice(1);
    assert.equal(cells.length, 6, `CLS columns: ${cells.join(', ')}`);
    for (const cell of cells) assert.match(cell, new RegExp(`^${number}$`));
  });

  it('counts what hydration changed in the server DOM', () => {
    const rows = [...run.stdout.matchAll(/^\| ([\w-]+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \|$/gm)];
    assert.equal(rows.length, 5, 'hydration table incomplete');
    // The control (a client-rendered explainer under the same observers) shows that the observers see mutations.
    const control = run.stdout.match(/^\| explainer-1, cdn \(control[^|]*\| \d+ \| \d+ \| (\d+) \|/m);
    assert.ok(control && Number(control[1]) > 0, 'the control saw no node added');
  });
});

// The A/B benchmark's smoke run (`npm run bench:ab -- --smoke`, a few seconds): the CDN file against itself. Both sides
// must time every workload and build the same DOM; the ratios are printed, never asserted.
describe('npm run bench:ab -- --smoke', () => {
  const run = spawnSync(process.execPath, ['scripts/bench-ab.mjs', '--smoke'], { encoding: 'utf8', timeout: 60_000 });
  const output = `${run.stdout}\n${run.stderr}`;
  const rows = [...run.stdout.matchAll(/^\| ([\w-]+) \| (\S+) ms \| (\S+) ms \| (\S+)× .*\| (yes|no) \|$/gm)];

  it('exits 0 and times every workload on both sides with a finite number', () => {
    assert.equal(run.status, 0, output);
    assert.deepEqual(
      rows.map((row) => row[1]),
      ['explainer-1', 'explainer-10', 'cards', 'panel'],
      output,
    );
    for (const row of rows) assert.ok([row[2], row[3], row[4]].map(Number).every(Number.isFinite), row[0]);
  });

  it('builds the same DOM on both sides (the same file)', () => {
    assert.deepEqual(
      rows.filter((row) => row[5] !== 'yes').map((row) => row[1]),
      [],
    );
  });
});

// The floor's smoke run (`npm run bench:floor -- --smoke`, a few seconds; after the bench's smoke run, which builds the
// vanilla reference): one explainer as vanilla, as the CDN file and as the CDN file reduced to Lit's work. The reduced
// variant must keep every element's template and build the same DOM as the others, or what it measures is not this
// DOM; the times are printed, never asserted.
describe('npm run bench:floor -- --smoke', () => {
  const run = spawnSync(process.execPath, ['scripts/bench-floor.mjs', '--smoke'], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  const output = `${run.stdout}\n${run.stderr}`;
  const rows = [...run.stdout.matchAll(/^\| (\w+) \| (\S+) ms \| [^|]+ \| (yes|no) \|$/gm)];

  it('exits 0 and times vanilla, the CDN file and Lit alone with a finite number', () => {
    assert.equal(run.status, 0, output);
    assert.deepEqual(
      rows.map((row) => row[1]),
      ['vanilla', 'cdn', 'lit'],
      output,
    );
    for (const row of rows) assert.ok(Number.isFinite(Number(row[2])), row[0]);
  });

  it('keeps the template of each of the 34 elements and builds the same DOM in every variant', () => {
    assert.match(run.stdout, /lit kept 34 rendered templates/);
    assert.deepEqual(
      rows.filter((row) => row[3] !== 'yes').map((row) => row[1]),
      [],
    );
  });
});
