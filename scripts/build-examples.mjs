// Builds the React example (examples/react/main.jsx → app.js) against the built package in dist/.
import { build } from 'esbuild';

await build({
  entryPoints: ['examples/react/main.jsx'],
  outfile: 'examples/react/app.js',
  bundle: true,
  format: 'esm',
  jsx: 'automatic',
  minify: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  alias: { 'summit-kit': './dist/index.js' },
  logLevel: 'warning',
});
console.log('built examples/react/app.js');
