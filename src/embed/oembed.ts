/**
 * `embedCode()`: for an element and its attributes, the embed page URL, the `<iframe>` snippet to paste and an oEmbed
 * response (https://oembed.com, `type: "rich"`) a publisher can serve from its own oEmbed endpoint. The same checks
 * as the embed page (one allow-list), so a URL built here is never refused there. Node or browser, no DOM. The
 * `summit-kit embed-url` command prints its result.
 */
import { defaultBundle } from '../data/article-bundle.js';
import type { Bundle } from '../data/schema.js';
import { EmbedError, embedSearch, isHttpUrl, parseEmbedParams, type AttributeValue } from './params.js';
import { embedTitle, initialHeight } from './title.js';

export interface EmbedCodeOptions {
  /** Where `dist/embed/` is hosted, e.g. `https://cdn.example.com/summit-kit/embed/` (http(s), absolute). */
  base: string;
  /** The element, e.g. `quote-card`. */
  element: string;
  /** Its attributes: `{ quote: 'daly-peacemaker', variant: 'pull' }`; `true` turns a boolean attribute on. */
  attributes?: Readonly<Record<string, AttributeValue>>;
  /** Wrap the element in `<summit-corrections>` that POSTs to this http(s) endpoint. */
  corrections?: string;
  /** The bundle the title is taken from; by default the article's own (or none when `src` points elsewhere). */
  bundle?: Bundle;
  /** The iframe's title, instead of one named after the content. */
  title?: string;
  /** oEmbed `width` in px (default 640); the iframe itself is `width="100%"`. */
  width?: number;
  /** Initial height in px, instead of the element's usual one. */
  height?: number;
  /** oEmbed `provider_name` (default "summit-kit"): the publisher's name, usually. */
  providerName?: string;
  /** Append `<script src="…/resize.js" async>` to the snippet, for pages that allow scripts. */
  script?: boolean;
}

/** An oEmbed 1.0 "rich" response. */
export interface OEmbedRich {
  type: 'rich';
  version: '1.0';
  title: string;
  html: string;
  width: number;
  height: number;
  provider_name: string;
}

export interface EmbedCode {
  url: string;
  html: string;
  oembed: OEmbedRich;
}

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const pixels = (value: number | undefined, name: string, fallback: number): number => {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > 100_000)
    throw new EmbedError([{ path: name, message: `${name} must be a whole number of pixels from 1 to 100000.` }]);
  return value;
};

/** The embed URL, snippet and oEmbed response for one element. Throws an `EmbedError` listing every problem. */
export function embedCode(options: EmbedCodeOptions): EmbedCode {
  const { base, element, attributes = {}, corrections } = options;
  if (!isHttpUrl(base))
    throw new EmbedError([
      { path: 'base', message: `base must be the absolute http(s) URL of dist/embed/ (not "${base}").` },
    ]);
  const search = embedSearch(element, attributes, corrections === undefined ? {} : { corrections });
  const parsed = parseEmbedParams(search);
  if (!parsed.ok) throw new EmbedError(parsed.issues);
  const { request } = parsed;

  const page = new URL(base);
  if (!page.pathname.endsWith('/') && !page.pathname.endsWith('.html')) page.pathname += '/';
  page.search = search.toString();
  page.hash = '';
  const url = page.href;

  const bundle = options.bundle ?? (request.attributes.src ? undefined : defaultBundle());
  const title = options.title ?? embedTitle(request.tag, request.attributes, bundle);
  const width = pixels(options.width, 'width', 640);
  const height = pixels(options.height, 'height', initialHeight(request.tag, request.attributes));
  const script = options.script
    ? `<script src="${escapeAttribute(new URL('resize.js', page).href)}" async></script>`
    : '';
  const html =
    `<iframe src="${escapeAttribute(url)}" title="${escapeAttribute(title)}" width="100%" height="${height}" ` +
    `loading="lazy" allow="clipboard-write"></iframe>${script}`;
  return {
    url,
    html,
    oembed: {
      type: 'rich',
      version: '1.0',
      title,
      html,
      width,
      height,
      provider_name: options.providerName ?? 'summit-kit',
    },
  };
}

export { EmbedError } from './params.js';
