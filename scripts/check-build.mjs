// After `npm run build`: the files the package promises exist. Size budgets are checked by scripts/size.mjs.
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const required = [
  'dist/cdn/summit-kit.js',
  'custom-elements.json',
  'data/bundle.schema.json',
  'data/moscow-summit-2023.json',
  ...Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target))),
].map((file) => file.replace(/^\.\//, ''));

const missing = required.filter((file) => !existsSync(file));
if (missing.length) {
  console.error(`Build is missing: ${missing.join(', ')}`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean));
console.log(`build ok: ${required.length} files, custom elements in the manifest: ${tags.join(', ')}`);
