// `summit-kit validate`: the editors' command-line check, run as a user would (node bin/summit-kit.js …).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const run = (...args) => spawnSync(process.execPath, ['bin/summit-kit.js', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'summit-validate-'));
const broken = () => {
  const bundle = JSON.parse(readFileSync('data/moscow-summit-2023.json', 'utf8'));
  bundle.quotes[3].speakerId = 'xi';
  delete bundle.people[0].name;
  const file = join(dir, 'broken.json');
  writeFileSync(file, JSON.stringify(bundle));
  return file;
};

describe('summit-kit validate', () => {
  it('accepts the default bundle and exits 0', () => {
    const result = run('validate', 'data/moscow-summit-2023.json');
    assert.equal(result.status, 0);
    assert.match(result.stdout, /valid summit-kit bundle/);
  });

  it('prints each problem as path: message and exits non-zero', () => {
    const result = run('validate', broken());
    assert.equal(result.status, 1);
    const lines = result.stderr.trim().split('\n');
    assert.ok(lines.includes('quotes[3].speakerId: no person "xi"'), result.stderr);
    assert.ok(lines.includes('people[0].name: is required'), result.stderr);
  });

  it('--json prints the issues for machines', () => {
    const result = run('validate', broken(), '--json');
    assert.equal(result.status, 1);
    const out = JSON.parse(result.stdout);
    assert.equal(out.ok, false);
    assert.deepEqual(
      out.issues.find((i) => i.path === 'quotes[3].speakerId'),
      { path: 'quotes[3].speakerId', message: 'no person "xi"' },
    );
  });

  it('explains a file that is not JSON, or missing', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{ "version": 1,');
    const bad = run('validate', file);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /^\(root\): not valid JSON/);
    const missing = run('validate', join(dir, 'nope.json'));
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /cannot read .*nope\.json \(ENOENT\)/);
  });

  it('prints usage and exits 2 without a file', () => {
    const result = run('validate');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /usage: summit-kit validate/);
  });
});
