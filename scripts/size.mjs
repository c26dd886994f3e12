// Size budgets, measured on the built files (run after `npm run build`). Prints the table and fails when an entry
// outgrows its budget in scripts/size-budgets.json. `node scripts/size.mjs --update` rewrites the budgets as the
// measured sizes plus 5 % headroom.
//   cdn        dist/cdn/*.js as shipped (minified, gzip), Lit and everything inlined
//   element    the element's npm entry bundled and minified, Lit excluded (what it adds to a page that has Lit)
//   own        the element's own code only (its folder), without the shared core every element uses
//   embed      dist/embed/*.js as shipped; the issue caps resize.js at 1 KB
import nodeResolve from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';

const BUDGETS = 'scripts/size-budgets.json';
const isLit = (id) => /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/.test(id);
const isShared = (id) =>
  isLit(id) ||
  /^(@lit\/|valibot|tslib)/.test(id) ||
  /[/\\]dist[/\\](base|data)[/\\]/.test(id) ||
  /\.\.\/(base|data)\//.test(id);

async function minified(input, external) {
  const bundle = await rollup({
    input,
    external,
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      json(),
      terser({ module: true, format: { comments: false } }),
    ],
    onwarn: () => undefined,
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  return output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('');
}

const gz = (code) => gzipSync(code, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

const rows = [];
for (const file of readdirSync('dist/cdn').filter((f) => f.endsWith('.js'))) {
  rows.push({ name: `cdn/${file}`, kind: 'cdn', size: gz(readFileSync(`dist/cdn/${file}`)) });
}
const elements = readdirSync('dist/elements', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
for (const name of elements) {
  const entry = `dist/elements/${name}/${name}.js`;
  rows.push({ name, kind: 'element', size: gz(await minified(entry, isLit)) });
  rows.push({
    name,
    kind: 'own',
    size: gz(await minified(entry, (id, importer) => importer !== undefined && isShared(id))),
  });
}
rows.push({ name: 'summit-kit/data', kind: 'data api', size: gz(await minified('dist/data/index.js', isLit)) });
// The iframe embed: the page's module (Lit, every element and the bundle inlined) and the parent's resize.js.
for (const file of ['embed.js', 'resize.js']) {
  rows.push({ name: `embed/${file}`, kind: 'embed', size: gz(readFileSync(`dist/embed/${file}`)) });
}

const update = process.argv.includes('--update');
const budgets = update ? {} : JSON.parse(readFileSync(BUDGETS, 'utf8'));
const over = [];
console.log('\n| entry | measure | gzip | budget |\n|---|---|---|---|');
for (const row of rows) {
  const key = `${row.kind}:${row.name}`;
  if (update) budgets[key] = Math.ceil((row.size * 1.05) / 16) * 16;
  const budget = budgets[key];
  if (budget === undefined || row.size > budget)
    over.push(`${key}: ${kb(row.size)} > ${budget === undefined ? 'no budget' : kb(budget)}`);
  console.log(`| ${row.name} | ${row.kind} | ${kb(row.size)} | ${budget === undefined ? '—' : kb(budget)} |`);
}
if (update) {
  writeFileSync(BUDGETS, `${JSON.stringify(budgets, null, 2)}\n`);
  console.log(`\nwrote ${BUDGETS}`);
} else if (over.length) {
  console.error(`\nOver budget:\n  ${over.join('\n  ')}`);
  process.exit(1);
} else {
  console.log('\nAll entries within their size budgets.');
}
