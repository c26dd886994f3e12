// Builds the element modules the SSR test fixtures load, in a second or two, so `npm run test:browser` works on a
// fresh checkout without `npm run build`: @lit-labs/testing renders them in Node (which cannot import our .ts
// sources) and hydrates them in the browser. One ES module per registration entry, shared code split into chunks,
// Lit and the other dependencies left as imports (one Lit on each side). Output: node_modules/.cache/summit-kit-tests.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';

export const outdir = 'node_modules/.cache/summit-kit-tests';

await build({
  entryPoints: ['src/index.ts', 'src/data/load.ts', ...readdirSync('src/define').map((file) => `src/define/${file}`)],
  outbase: 'src',
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  tsconfig: 'tsconfig.json',
  external: ['lit', 'lit/*', '@lit/*', '@lit-labs/*', 'valibot'],
  logLevel: 'warning',
});
