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

// ── embed: dist/embed/ — the iframe page (index.html, embed.css, theme.js, embed.js) and the parent's resize.js ──
/** Copies the embed page's static files next to its module. */
const embedStatic = () => ({
  name: 'summit-embed-static',
  generateBundle() {
    for (const fileName of ['index.html', 'embed.css']) {
      this.emitFile({ type: 'asset', fileName, source: readFileSync(`src/embed/page/${fileName}`, 'utf8') });
    }
  },
});
/** A classic script (no `type="module"` needed), minified, no dependencies. */
const embedScript = (name) => ({
  input: `src/embed/page/${name}.ts`,
  output: { file: `dist/embed/${name}.js`, format: 'iife' },
  plugins: [ts(), terser({ ecma: 2020, format: { comments: false } })],
});
const embed = [
  { ...cdn('src/embed/page/page.ts', 'dist/embed/embed.js'), plugins: [...cdn('', '').plugins, embedStatic()] },
  embedScript('theme'),
  embedScript('resize'),
];
// ── end embed ──

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
  // CDN: one minified module with Lit, every element and the default bundle; and one without the bundle.
  cdn('src/index.ts', 'dist/cdn/summit-kit.js'),
  cdn('src/lite.ts', 'dist/cdn/summit-kit-lite.js'),
  ...embed,
];
