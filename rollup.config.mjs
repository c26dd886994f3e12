import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readdirSync, readFileSync } from 'node:fs';
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

// ---- CDN builds (owner: perf) -------------------------------------------------------------------------------------
const ARTICLE = 'data/moscow-summit-2023.json';
const cdnPlugins = (...extra) => [
  ...extra,
  nodeResolve({ exportConditions: ['production'] }),
  json({ preferConst: true, compact: true, exclude: extra.length ? [ARTICLE] : [] }),
  ts(),
  terser({ ecma: 2022, module: true, format: { comments: false } }),
];

/**
 * For the autoloader: the article's bundle ships beside the chunks as JSON (data, parsed by the fast JSON parser, not
 * script), fetched by the module that imports it before any element is defined (top-level await), so elements still
 * render it in their first update. It was checked against the schema when it was built, so it is trusted as it is.
 */
const articleBeside = () => ({
  name: 'summit-article-beside',
  load(id) {
    if (!id.endsWith(ARTICLE)) return null;
    const ref = this.emitFile({ type: 'asset', fileName: 'moscow-summit-2023.json', source: readFileSync(id) });
    return (
      `const response = await fetch(import.meta.ROLLUP_FILE_URL_${ref});\n` +
      `if (!response.ok) throw new Error(\`summit-kit: the article's bundle did not load (HTTP \${response.status})\`);\n` +
      'export default await response.json();'
    );
  },
});

/**
 * For the autoloader: element chunks do not carry `<summit-data>` (the define modules import it first so that a
 * provider is always defined before the elements inside it); the autoloader itself defines it first when a page has one.
 */
const providerByLoader = () => ({
  name: 'summit-provider-by-loader',
  resolveId(source, importer) {
    return source === './summit-data.js' && /[/\\]src[/\\]define[/\\]/.test(importer ?? '') ? '\0no-provider' : null;
  },
  load: (id) => (id === '\0no-provider' ? 'export {};' : null),
});

/** One self-contained minified module; `lazy` names the one chunk it may load beside it (the validator). */
const cdn = (input, file, lazy) => ({
  input,
  // The lazy chunk imports what it shares from the entry, so the entry may export more than its own signature.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/cdn',
    entryFileNames: file,
    chunkFileNames: lazy ?? '[name].js',
    format: 'es',
    sourcemap: true,
  },
  plugins: cdnPlugins(),
});

/** The autoloader and one chunk per element beside it, sharing one copy of Lit and the data layer. */
const autoloader = {
  input: 'src/autoloader.ts',
  // Its own code stays in autoloader.js (a small shared helper may join it) rather than behind a facade.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/cdn',
    entryFileNames: 'autoloader.js',
    // One chunk per element (named by its tag); the shared core and helpers as shared-*.js.
    chunkFileNames: (chunk) => (chunk.isDynamicEntry ? 'chunks/[name].js' : 'chunks/shared-[name].js'),
    // Fold the tiny shared modules (errors, look-ups, formatting) into the core chunk: fewer requests, better gzip.
    experimentalMinChunkSize: 4000,
    format: 'es',
    sourcemap: true,
  },
  plugins: cdnPlugins(articleBeside(), providerByLoader()),
};
// ---- end of CDN builds --------------------------------------------------------------------------------------------

export default [
  {
    // npm: unbundled ES modules; Lit, @lit/*, valibot and tslib stay dependencies.
    input: sources('src'),
    external: (id) => /^(lit|@lit\/|valibot|tslib)/.test(id),
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
    },
    plugins: [json({ preferConst: true, compact: true }), ts()],
  },
  // ---- CDN (owner: perf): one minified module with Lit, every element and the default bundle, whose validator loads
  // beside it when a foreign bundle arrives; one without the bundle (validator inside); the autoloader and its chunks.
  cdn('src/cdn.ts', 'summit-kit.js', 'summit-kit-validator.js'),
  cdn('src/lite.ts', 'summit-kit-lite.js'),
  autoloader,
  // ---- end of CDN
];
