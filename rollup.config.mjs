import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every module under src/: the npm build keeps them as separate files so each entry loads only what it needs. */
const sources = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );

const ts = () =>
  typescript({
    tsconfig: 'tsconfig.build.json',
    declaration: false,
    emitDeclarationOnly: false,
    noEmit: false,
    outDir: undefined,
    rootDir: undefined,
  });

const cdn = (input, file) => ({
  input,
  output: { file, format: 'es', sourcemap: true },
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    json({ preferConst: true, compact: true }),
    ts(),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
});

export default [
  {
    // npm: unbundled ES modules; Lit, @lit/*, @lit-labs/* (SSR), valibot and tslib stay dependencies.
    input: sources('src'),
    external: (id) => /^(lit|@lit\/|@lit-labs\/|valibot|tslib|node:)/.test(id),
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
    },
    plugins: [json({ preferConst: true, compact: true }), ts()],
  },
  // CDN: one minified module with Lit, every element and the default bundle; and one without the bundle.
  cdn('src/index.ts', 'dist/cdn/summit-kit.js'),
  cdn('src/lite.ts', 'dist/cdn/summit-kit-lite.js'),
  // --- server rendering (ssr): the CDN file with Lit's hydration support loaded before Lit. ---
  cdn('src/hydrate.ts', 'dist/cdn/summit-kit-hydrate.js'),
  // --- end server rendering ---
];
