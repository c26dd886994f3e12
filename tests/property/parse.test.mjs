/* global structuredClone, performance */
// Property test in Node: ≥ 1,000 generated bundles (valid variants, mutations of the default bundle, non-objects,
// cycles, throwing getters) through parseBundle. Each either parses or throws a BundleError with readable,
// path-precise issues; nothing else escapes. The seed is printed; replay with SUMMIT_SEED=<seed>.
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

// The sources are TypeScript: bundle the data API and the arbitraries for Node, as scripts/write-json-schema.mjs does.
const out = await build({
  stdin: {
    contents:
      "export * from './src/data/index.ts'; export * from './tests/property/bundles.ts'; export { default as fc } from 'fast-check';",
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const dir = mkdtempSync(join(tmpdir(), 'summit-property-'));
writeFileSync(join(dir, 'api.mjs'), out.outputFiles[0].text);
const api = await import(pathToFileURL(join(dir, 'api.mjs')).href).finally(() => rmSync(dir, { recursive: true }));
const { parseBundle, BundleError, generated, seedFrom, fc } = api;

const base = JSON.parse(readFileSync('data/moscow-summit-2023.json', 'utf8'));
const seed = seedFrom(process.env.SUMMIT_SEED);
const NUM_RUNS = 1_200;

/** 'ok', or what is wrong with a bundle parseBundle returned. */
const parsedVerdict = (bundle) => (typeof bundle.article.headline === 'string' ? 'ok' : 'parsed without a headline');

/** 'ok', or what is wrong with what parseBundle threw. */
function rejectedVerdict(error) {
  if (!(error instanceof BundleError)) return `not a BundleError: ${error}`;
  if (error.code !== 'invalid-bundle') return `code ${error.code}`;
  if (error.issues.length === 0) return 'a BundleError with no issues';
  const bad = error.issues.find(
    (issue) => typeof issue.path !== 'string' || !/\S/.test(issue.message) || issue.message.length > 200,
  );
  if (bad) return `an unreadable issue: ${JSON.stringify(bad).slice(0, 300)}`;
  return error.message.length < 1_000 ? 'ok' : `a ${error.message.length}-character message`;
}

test(`parseBundle: ${NUM_RUNS} generated bundles parse or fail with path-precise issues (seed ${seed})`, () => {
  console.log(`property seed: ${seed} (replay: SUMMIT_SEED=${seed} npm run test:property)`);
  const seen = { valid: 0, rejected: 0, parsed: 0 };
  fc.assert(
    fc.property(generated(base), ({ kind, input }) => {
      let result;
      try {
        result = { bundle: parseBundle(input) };
      } catch (error) {
        result = { error };
      }
      seen[kind === 'valid' ? 'valid' : result.bundle ? 'parsed' : 'rejected']++;
      assert.equal(
        kind === 'valid' && !result.bundle ? result.error?.message : 'ok',
        'ok',
        'a valid variant was refused',
      );
      assert.equal(result.bundle ? parsedVerdict(result.bundle) : rejectedVerdict(result.error), 'ok');
    }),
    { seed, numRuns: NUM_RUNS },
  );
  console.log(`property: ${JSON.stringify(seen)}`);
  assert.ok(seen.valid > 0 && seen.rejected > 0 && seen.parsed > 0, 'the generator made valid and invalid bundles');
});

test('the default bundle still validates under the length limits', () => {
  assert.equal(parseBundle(base).article.headline, base.article.headline);
});

test('a 100,000-character headline fails fast with its path', () => {
  const bundle = structuredClone(base);
  bundle.article.headline = 'x'.repeat(100_000);
  const started = performance.now();
  assert.throws(
    () => parseBundle(bundle),
    (error) => {
      assert.deepEqual(error.issues, [
        { path: 'article.headline', message: 'must be at most 300 characters (received 100000)' },
      ]);
      return true;
    },
  );
  assert.ok(performance.now() - started < 1_000);
});
