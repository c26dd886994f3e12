// Writes data/bundle.schema.json from the valibot schema in src/data/ (npm run schema).
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const out = await build({
  entryPoints: ['scripts/bundle-json-schema.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const dir = mkdtempSync(join(tmpdir(), 'summit-schema-'));
const file = join(dir, 'schema.mjs');
writeFileSync(file, out.outputFiles[0].text);
const { bundleJsonSchema } = await import(pathToFileURL(file).href).finally(() => rmSync(dir, { recursive: true }));
writeFileSync('data/bundle.schema.json', `${JSON.stringify(bundleJsonSchema(), null, 2)}\n`);
console.log('wrote data/bundle.schema.json');
