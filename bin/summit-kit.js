#!/usr/bin/env node
// summit-kit validate <bundle.json> [--json]: checks a bundle as the elements will, in Node, without a browser.
import { readFileSync } from 'node:fs';
import { BundleError, parseBundle } from '../dist/data/index.js';

const USAGE = 'usage: summit-kit validate <bundle.json> [--json]';
const [command, ...rest] = process.argv.slice(2);
if (command === 'embed-url') process.exit((await import('./embed-url.js')).main(rest));
const asJson = rest.includes('--json');
const file = rest.find((arg) => !arg.startsWith('--'));

if (command !== 'validate' || !file) {
  console.error(USAGE);
  process.exit(2);
}

function report(ok, issues) {
  if (asJson) console.log(JSON.stringify({ file, ok, issues }, null, 2));
  else if (ok) console.log(`${file}: valid summit-kit bundle`);
  else for (const { path, message } of issues) console.error(`${path || '(root)'}: ${message}`);
}

let text;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  report(false, [{ path: '', message: `cannot read ${file} (${error.code ?? error.message})` }]);
  process.exit(1);
}

try {
  parseBundle(text);
  report(true, []);
} catch (error) {
  if (!(error instanceof BundleError)) throw error;
  report(false, error.issues);
  process.exit(1);
}
