// summit-kit render <tag> [--attr name=value …] [--bundle file.json] [--out file.html] [--page] [--no-json-ld]
//   [--script URL]: writes server-rendered HTML (declarative shadow DOM, readable with JavaScript off) and the
//   module script that hydrates it. Unknown tags or attributes: one line naming them, exit 1, nothing written.
import { readFileSync, writeFileSync } from 'node:fs';
import { jsonLdScript, renderToString } from '../dist/ssr/index.js';
import { parseBundle, BundleError } from '../dist/data/index.js';
import { VERSION } from '../dist/base/registry.js';
import { defaultBundle } from '../dist/data/article-bundle.js';

const USAGE =
  'usage: summit-kit render <tag> [--attr name=value …] [--bundle file.json] [--out file.html] [--page] ' +
  '[--no-json-ld] [--script URL]';
const DEFAULT_SCRIPT = `https://unpkg.com/summit-kit@${VERSION}/dist/cdn/summit-kit-hydrate.js`;

function fail(message, code = 1) {
  console.error(`summit-kit render: ${message}`);
  process.exit(code);
}

function parseArgs(args) {
  const options = { attributes: {}, page: false, jsonLd: true, script: DEFAULT_SCRIPT };
  const value = (i, flag) => {
    const next = args[i + 1];
    if (next === undefined || next.startsWith('--')) fail(`${flag} needs a value\n${USAGE}`, 2);
    return next;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--attr') {
      const pair = value(i++, '--attr');
      const at = pair.indexOf('=');
      options.attributes[at < 0 ? pair : pair.slice(0, at)] = at < 0 ? '' : pair.slice(at + 1);
    } else if (arg === '--bundle') options.bundle = value(i++, '--bundle');
    else if (arg === '--out') options.out = value(i++, '--out');
    else if (arg === '--script') options.script = value(i++, '--script');
    else if (arg === '--page') options.page = true;
    else if (arg === '--no-json-ld') options.jsonLd = false;
    else if (arg.startsWith('--')) fail(`unknown option ${arg}\n${USAGE}`, 2);
    else if (options.tag === undefined) options.tag = arg;
    else fail(`unexpected argument "${arg}"\n${USAGE}`, 2);
  }
  if (!options.tag) fail(USAGE, 2);
  return options;
}

function readBundle(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    fail(`cannot read ${file} (${error.code ?? error.message})`);
  }
  try {
    return parseBundle(text);
  } catch (error) {
    if (error instanceof BundleError) fail(`${file}: ${error.message}`);
    throw error;
  }
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text) => escapeHtml(text).replace(/"/g, '&quot;');

const options = parseArgs(process.argv.slice(3));
const bundle = options.bundle ? readBundle(options.bundle) : defaultBundle();
let markup;
try {
  markup = await renderToString(options.tag, options.attributes, { bundle });
} catch (error) {
  fail(error.message.replace(/^summit-kit\/ssr: /, ''));
}

const parts = [`<script type="module" src="${escapeAttribute(options.script)}"></script>`, markup];
// The article as schema.org data for search engines and previews (opt out with --no-json-ld).
if (options.jsonLd) parts.push(jsonLdScript(bundle));
const snippet = `${parts.join('\n')}\n`;

const output = options.page
  ? `<!doctype html>
<html lang="${escapeAttribute(bundle.article.lang)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(bundle.article.headline)}</title>
  </head>
  <body>
${snippet}  </body>
</html>
`
  : snippet;

if (options.out) writeFileSync(options.out, output);
else process.stdout.write(output);
