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

// ---- i18n: locale modules (begin) ----
// Other locales than English load on demand. In the CDN files their dynamic imports stay imports of
// `./locales/<lang>.js` beside the file; those modules are built once, below, for the lite and the full file alike.
const LOCALES = ['ar', 'ru', 'uk', 'zh-Hans'];
const localesBesideCdn = () => ({
  name: 'summit-locales-beside-cdn',
  resolveDynamicImport(specifier) {
    const match = typeof specifier === 'string' && /\/locales\/([\w-]+)\.js$/.exec(specifier);
    return match && LOCALES.includes(match[1]) ? { id: `./locales/${match[1]}.js`, external: true } : null;
  },
});
const cdnLocales = LOCALES.map((lang) => ({
  input: `src/locales/${lang}.ts`,
  output: { file: `dist/cdn/locales/${lang}.js`, format: 'es' },
  plugins: [ts(), terser({ ecma: 2022, module: true, format: { comments: false } })],
}));
// ---- i18n: locale modules (end) ----

const cdn = (input, file) => ({
  input,
  output: { file, format: 'es', sourcemap: true },
  plugins: [
    localesBesideCdn(),
    nodeResolve({ exportConditions: ['production'] }),
    json({ preferConst: true, compact: true }),
    ts(),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
});

export default [
  {
    // npm: unbundled ES modules; Lit, @lit/*, valibot and tslib stay dependencies.
    input: sources('src'),
    external: (id) => /^(lit|@lit\/|@shoelace-style\/localize|valibot|tslib)/.test(id),
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
  ...cdnLocales,
];
