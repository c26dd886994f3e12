// Builds the example pages against the built package in dist/ (run `npm run build` first):
//   1. the head of every examples/*.html page from the default bundle — title, meta description, canonical URL, Open
//      Graph and Twitter cards, and the JSON-LD (jsonLdScript, src/ssr/json-ld.ts) — rewritten in place between the
//      `<!-- summit-kit:… -->` markers, so the checked-in pages are what a publisher copies;
//   2. the React example (examples/react/main.jsx → app.js).
// The JSON-LD is a data block (`type="application/ld+json"`), never executed: a strict CSP (`script-src 'self'`) allows
// it, which is why it is written into the page here rather than added by a script in the browser.
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { format, resolveConfig } from 'prettier';
import { parseBundle } from '../dist/data/index.js';
import { jsonLdScript } from '../dist/ssr/json-ld.js';

/** Where the article lives: a publisher puts their own article URL here (canonical, og:url and the JSON-LD ids). */
export const ARTICLE_URL = 'https://news.example.com/world/2023/03/xi-putin-moscow-summit-7-key-things';

export const PAGES = ['examples/plain.html', 'examples/strict-csp.html', 'examples/react/index.html'];

const bundle = parseBundle(JSON.parse(readFileSync('data/moscow-summit-2023.json', 'utf8')));
const { headline, standfirst } = bundle.article;

const attr = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const text = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The generated part of every page's head, one line each. */
export const headLines = () => [
  `<title>${text(headline)}</title>`,
  `<meta name="description" content="${attr(standfirst)}" />`,
  `<link rel="canonical" href="${attr(ARTICLE_URL)}" />`,
  `<meta property="og:type" content="article" />`,
  `<meta property="og:title" content="${attr(headline)}" />`,
  `<meta property="og:description" content="${attr(standfirst)}" />`,
  `<meta property="og:url" content="${attr(ARTICLE_URL)}" />`,
  `<meta name="twitter:card" content="summary" />`,
  `<meta name="twitter:title" content="${attr(headline)}" />`,
  `<meta name="twitter:description" content="${attr(standfirst)}" />`,
  // Prettier would re-indent the JSON and undo its HTML-safe escapes.
  `<!-- prettier-ignore -->`,
  jsonLdScript(bundle, { url: ARTICLE_URL }),
];

/** Replaces what stands between `<!-- summit-kit:name -->` and `<!-- /summit-kit:name -->`, keeping the indentation. */
export function fill(html, name, lines, { optional = false } = {}) {
  const pattern = new RegExp(`^( *)<!-- summit-kit:${name} -->\\n[\\s\\S]*?^ *<!-- /summit-kit:${name} -->$`, 'm');
  if (!pattern.test(html)) {
    if (optional) return html;
    throw new Error(`no <!-- summit-kit:${name} --> … <!-- /summit-kit:${name} --> markers`);
  }
  return html.replace(pattern, (_, indent) =>
    [`<!-- summit-kit:${name} -->`, ...lines, `<!-- /summit-kit:${name} -->`].map((line) => indent + line).join('\n'),
  );
}

// ─── INSERTION POINT: server-rendered content (for the lead, from the ssr branch) ────────────────────────────────
// When dist/ssr/index.js exists, replace each element of the pages' body by its server-rendered HTML here, e.g.
//   const { renderToString } = await import('../dist/ssr/index.js');
//   html = await replaceAsync(html, /<(summit-[\w-]+|quote-card|reaction-panel)([^>]*)><\/\1>/g, (tag, attrs) => renderToString(tag, attrs));
// and swap the page's script for dist/cdn/summit-kit-hydrate.js. Keep the head markers above as they are.
const serverRender = (html) => Promise.resolve(html);
// ──────────────────────────────────────────────────────────────────────────────────────────────────────────────────

/** The page as it should be checked in (also used by the examples test to fail on a stale page). */
export async function buildPage(path) {
  const html = readFileSync(path, 'utf8');
  // The React page renders its own <h1>; the static pages get the headline.
  const h1 = [`<h1>${text(headline)}</h1>`];
  const page = await serverRender(fill(fill(html, 'head', headLines()), 'h1', h1, { optional: true }));
  // Formatted as the repo's Prettier would, so `npm run lint` passes on the written pages.
  return format(page, { ...(await resolveConfig(path)), filepath: path });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const path of PAGES) writeFileSync(path, await buildPage(path));
  console.log(`wrote the head and JSON-LD of ${PAGES.join(', ')}`);

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
}
