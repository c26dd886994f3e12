/**
 * What the iframe embed page (`dist/embed/`) and the `summit-kit embed-url` command accept: the elements it renders
 * and, for each, the attributes a URL parameter may set. One table for both, and a test compares it with
 * `custom-elements.json`, so an element that gains an attribute fails the build until this table knows it.
 * No DOM here: it runs in Node and in the browser.
 */

/** How a parameter's value is checked. A list names the allowed values; a range is an integer range. */
export type AttributeKind =
  'text' | 'boolean' | 'url' | readonly string[] | { readonly min: number; readonly max: number };

const HEADING_LEVEL = { min: 2, max: 6 } as const;

/** `auto` and `system` both mean "the reader's preference" inside the frame (see README: Embedding with an iframe). */
export const EMBED_THEMES = ['auto', 'system', 'light', 'dark'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** Attributes every element takes (from `SummitElement`). */
export const SHARED_ATTRIBUTES: Readonly<Record<string, AttributeKind>> = {
  src: 'url',
  theme: EMBED_THEMES,
  timeout: { min: 1, max: 120_000 },
  /** The interface language (the content keeps the bundle's). */
  lang: 'text',
  dir: ['ltr', 'rtl'],
};

/** The elements the embed page renders on their own, with their own attributes. */
export const EMBEDDABLE: Readonly<Record<string, Readonly<Record<string, AttributeKind>>>> = {
  'quote-card': { quote: 'text', variant: ['default', 'pull', 'compact'], 'no-copy': 'boolean' },
  'summit-takeaway': { takeaway: 'text', 'heading-level': HEADING_LEVEL, open: 'boolean', 'quote-cards': 'boolean' },
  'reaction-panel': { selected: 'text', parties: 'text', label: 'text' },
  'summit-explainer': { 'heading-level': HEADING_LEVEL, 'hash-links': ['on', 'off'], 'quote-cards': 'boolean' },
  'summit-declaration': { topics: 'text', 'heading-level': HEADING_LEVEL },
  'summit-related': { related: 'text', 'heading-level': HEADING_LEVEL },
};

/** The other elements, and why a URL cannot name them. Every tag in the manifest is in one of the two tables. */
export const NOT_EMBEDDABLE: Readonly<Record<string, string>> = {
  'summit-data': 'a provider with nothing to show: pass `src` to the element you embed',
  'summit-corrections': 'wraps the embedded element instead: add `corrections=<endpoint URL>`',
};

/**
 * Parameters of the page itself rather than of the element: `el` (which element), `corrections` (the endpoint of a
 * `<summit-corrections>` around it), and the ones a Pym.js parent adds to the URL (`childId`, `initialWidth`,
 * `parentTitle`, `parentUrl`).
 */
export const PAGE_PARAMETERS: Readonly<Record<string, AttributeKind>> = {
  el: 'text',
  corrections: 'url',
  childId: 'text',
  initialWidth: { min: 0, max: 100_000 },
  parentTitle: 'text',
  parentUrl: 'url',
};

/** Every attribute an embeddable element takes: its own and the shared ones. */
export function attributesOf(tag: string): Readonly<Record<string, AttributeKind>> | undefined {
  const own = Object.hasOwn(EMBEDDABLE, tag) ? EMBEDDABLE[tag] : undefined;
  return own && { ...own, ...SHARED_ATTRIBUTES };
}
