/**
 * What an embed frame is called and how tall it starts: the iframe's `title` (what a screen reader announces for the
 * frame), the embed page's `<title>`, and the `height` in the snippet before the first resize message arrives.
 * Pure functions of the request and the bundle; the embed page and `embedCode()` both use them.
 */
import { quoteById, speakerOf, takeawayByRef } from '../data/lookup.js';
import type { Bundle } from '../data/schema.js';

const short = (text: string, max = 80): string => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** A name for the content of an embed, e.g. "Quote from Dennis Daly: “…”", or a generic one when the bundle lacks it. */
export function embedTitle(tag: string, attributes: Readonly<Record<string, string>>, bundle?: Bundle): string {
  const headline = bundle?.article.headline;
  const fallback = headline ? `${tag}: ${short(headline)}` : `summit-kit ${tag}`;
  if (!bundle) return fallback;
  try {
    switch (tag) {
      case 'quote-card': {
        const quote = quoteById(bundle, attributes.quote ?? '');
        return `Quote from ${speakerOf(bundle, quote).name}: “${short(quote.text)}”`;
      }
      case 'summit-takeaway': {
        const takeaway = takeawayByRef(bundle, attributes.takeaway ?? '');
        return `Takeaway ${takeaway.number}: ${takeaway.title}`;
      }
      case 'reaction-panel':
        return attributes.label ?? 'Reactions to the summit';
      case 'summit-explainer':
        return bundle.article.headline;
      case 'summit-declaration':
        return bundle.declaration.title;
      case 'summit-related': {
        const id = attributes.related;
        const story = id ? bundle.related.find((item) => item.id === id) : bundle.related[0];
        return story ? `Related: ${story.headline}` : fallback;
      }
      default:
        return fallback;
    }
  } catch {
    return fallback;
  }
}

/** Height in px to give the iframe before it reports its own: about what the element needs at 640 px wide. */
export function initialHeight(tag: string, attributes: Readonly<Record<string, string>>): number {
  switch (tag) {
    case 'quote-card':
      return attributes.variant === 'compact' ? 160 : attributes.variant === 'pull' ? 300 : 240;
    case 'summit-takeaway':
      return attributes.open === undefined ? 200 : 640;
    case 'reaction-panel':
      return 480;
    case 'summit-explainer':
      return 1600;
    case 'summit-declaration':
      return 900;
    case 'summit-related':
      return 200;
    default:
      return 300;
  }
}

/** The article's canonical URL, when the bundle gives one (`article.url`, http(s) only). */
export function canonicalUrl(bundle: Bundle): string | undefined {
  const { url } = bundle.article as { url?: unknown };
  return typeof url === 'string' && /^https?:\/\//.test(url) ? url : undefined;
}
