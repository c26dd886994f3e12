/// <reference types="node" />
/**
 * `summit-kit/ssr` (Node only): renders any summit-kit element to HTML with declarative shadow DOM, so the content —
 * headings, paragraphs, quotations, every tab panel — is in the page before any script runs. Load the elements with
 * `@lit-labs/ssr-client/lit-element-hydrate-support.js` first (or `dist/cdn/summit-kit-hydrate.js`) and they take
 * the server DOM over without re-creating it.
 *
 * ```js
 * import { renderToString } from 'summit-kit/ssr';
 * const html = await renderToString('quote-card', { quote: 'daly-peacemaker', variant: 'pull' });
 * ```
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { RenderResultReadable } from '@lit-labs/ssr/lib/render-result-readable.js';
import { Readable } from 'node:stream';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { elements, type SummitTagName } from '../index.js';
import { defaultBundle } from '../data/article-bundle.js';
import { parseBundle } from '../data/parse.js';
import type { Bundle } from '../data/schema.js';
import { loadLocale } from '../base/localize.js';
import { buildJsonLd as buildGraph, jsonLdScript as ldScript, type JsonLdOptions } from './json-ld.js';

export type { SummitTagName };

/** Attribute names → values; `''` for a boolean attribute that is on. */
export type SsrAttributes = Readonly<Record<string, string>>;

export interface SsrOptions {
  /** The bundle to render from (validated with `parseBundle`); the article's default bundle when absent. */
  bundle?: unknown;
}

/** Global attributes any element may carry, beside the ones it declares. */
const GLOBAL = new Set(['id', 'class', 'lang', 'dir', 'hidden', 'title', 'slot', 'defer-hydration']);

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function isTag(tag: string): tag is SummitTagName {
  return Object.hasOwn(elements, tag);
}

/** Throws an Error naming the tag or attribute that summit-kit does not know; returns the checked attributes. */
function check(tag: string, attributes: SsrAttributes): string {
  if (!isTag(tag)) {
    throw new Error(`summit-kit/ssr: unknown element <${tag}> (one of: ${Object.keys(elements).join(', ')}).`);
  }
  const known = new Set<string>(elements[tag].observedAttributes);
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    const lower = name.toLowerCase();
    if (!known.has(lower) && !GLOBAL.has(lower) && !/^data-[a-z0-9-]+$/.test(lower)) {
      throw new Error(`summit-kit/ssr: <${tag}> has no attribute "${name}".`);
    }
    if (typeof value !== 'string') throw new Error(`summit-kit/ssr: attribute "${name}" must be a string.`);
    out += ` ${lower}="${escapeAttribute(value)}"`;
  }
  return out;
}

/**
 * The element as a Lit template, and the interface strings it needs. The attributes were checked against the
 * element's own list, so their names are known and their values escaped; the bundle reaches the element (and every
 * element it renders inside, which get it as a property) as the `bundle` property. On the server an element speaks its
 * own `lang`, else the bundle's (the page around it is not known): those languages' strings are loaded first, so the
 * interface is not English beside a Ukrainian bundle.
 */
function prepare(
  tag: string,
  attributes: SsrAttributes,
  options: SsrOptions,
): { template: unknown; ready: Promise<unknown> } {
  const attrs = check(tag, attributes);
  const bundle: Bundle = options.bundle === undefined ? defaultBundle() : parseBundle(options.bundle);
  const name = unsafeStatic(tag);
  const own = Object.entries(attributes).find(([key]) => key.toLowerCase() === 'lang')?.[1];
  const langs = [own, bundle.article.lang].filter((lang): lang is string => !!lang);
  return {
    template: staticHtml`<${name}${unsafeStatic(attrs)} .bundle=${bundle}></${name}>`,
    ready: Promise.all(langs.map((lang) => loadLocale(lang))),
  };
}

/**
 * Renders `<tag attributes…>` with declarative shadow DOM, resolving to the HTML.
 * @throws {Error} naming an unknown tag or attribute; a `BundleError` for an invalid `options.bundle`.
 */
export async function renderToString(
  tag: string,
  attributes: SsrAttributes = {},
  options: SsrOptions = {},
): Promise<string> {
  const { template, ready } = prepare(tag, attributes, options);
  await ready;
  return collectResult(render(template));
}

/**
 * The same HTML as {@link renderToString}, as a Node `Readable` stream of strings (pipe it into a response).
 * Errors about the tag, its attributes or the bundle are thrown at once, before any byte is streamed.
 */
export function renderToStream(tag: string, attributes: SsrAttributes = {}, options: SsrOptions = {}): Readable {
  const { template, ready } = prepare(tag, attributes, options);
  async function* chunks(): AsyncGenerator<string> {
    await ready;
    yield* new RenderResultReadable(render(template)) as AsyncIterable<string>;
  }
  return Readable.from(chunks());
}

/**
 * Loads the interface strings of a language (`uk`, `ru`, `zh-Hans`, `ar`); resolves to whether summit-kit has it.
 * `renderToString` and `renderToStream` load the element's own `lang` and the bundle's by themselves; call it for a
 * language they cannot see.
 */
export { loadLocale };

export type { JsonLdOptions } from './json-ld.js';

/**
 * The schema.org `@graph` for a bundle (the article, its people, every quotation, the declaration's points, the related
 * stories with a URL); see `src/ssr/json-ld.ts`. Typed loosely here so that consumers need no schema.org typings.
 */
export function buildJsonLd(bundle: Bundle, options: JsonLdOptions = {}): Record<string, unknown> {
  return buildGraph(bundle, options) as unknown as Record<string, unknown>;
}

/** The same graph as one `<script type="application/ld+json">` element, safe to put in any HTML page. */
export const jsonLdScript = (bundle: Bundle, options: JsonLdOptions = {}): string => ldScript(bundle, options);
