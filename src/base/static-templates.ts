import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';
import { tagName } from './registry.js';

/*
 * What renders through `lit/static-html.js`: a heading at the level the host chose, and our elements inside others
 * by the page's name for them. Apart from the shared templates, so that an element that needs neither (a quote card)
 * does not load `lit/static-html.js`.
 */

/** The tag as a static value for `lit/static-html.js`; only names checked by `rename` ever get here. */
export const staticTag = (canonical: string): StaticValue => unsafeStatic(tagName(canonical));

/** Heading levels a host can ask for; anything else falls back to the element's default. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export const headingLevel = (value: unknown, fallback: HeadingLevel): HeadingLevel => {
  const n = Number(value);
  return n >= 2 && n <= 6 && Number.isInteger(n) ? (n as HeadingLevel) : fallback;
};

/**
 * The heading tags, as static values: only these five ever reach the template. Constants, so `unsafeStatic` is as
 * safe here as `literal` (whose checks would add its code and its error message to every page).
 */
const headingTags = Object.fromEntries([2, 3, 4, 5, 6].map((n) => [n, unsafeStatic(`h${n}`)])) as Record<
  HeadingLevel,
  StaticValue
>;

/** A real heading (`<h2>`…`<h6>`) at the level the host chose, so the page outline stays correct. */
export function headingTemplate(
  level: HeadingLevel,
  content: unknown,
  options: { part?: string; id?: string; className?: string } = {},
): TemplateResult {
  const { part = 'heading', id, className = 'heading' } = options;
  const tag = headingTags[level];
  return staticHtml`<${tag} part=${part} id=${ifDefined(id)} class=${className}>${content}</${tag}>`;
}
