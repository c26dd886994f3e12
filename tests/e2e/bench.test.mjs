// The benchmark's smoke run: one round on tiny workloads, to check that the harness itself works — every variant
// mounts, every figure is a finite number, and every variant builds the same DOM (equal node counts, shadow roots
// included). Times are printed, never asserted.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';

describe('npm run bench -- --smoke', () => {
  it('produces finite figures and equal node counts for every variant', () => {
    const run = spawnSync(process.execPath, ['scripts/bench.mjs', '--smoke'], { encoding: 'utf8', timeout: 240_000 });
    assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
    assert.match(run.stdout, /smoke run: the harness works/);
    for (const variant of ['static', 'vanilla', 'npm', 'cdn']) {
      assert.match(run.stdout, new RegExp(`\\| ${variant} \\| [\\d.]+ ms \\|`), `no time for ${variant}`);
    }
    const rows = [...run.stdout.matchAll(/^\| (explainer-1|) ?\| (\w+) \| (\d+) \| (\d+) \| (\d+) \| (yes|no) \|$/gm)];
    assert.ok(rows.length >= 4, 'node-count table missing');
    assert.ok(
      rows.filter((row) => row[2] !== 'ssr').every((row) => row[6] === 'yes'),
      'a variant builds a different DOM',
    );
  });
});
