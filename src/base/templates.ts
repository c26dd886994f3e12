import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import type { SummitError } from '../data/errors.js';
import type { Person } from '../data/schema.js';
import { nameParts } from './format.js';
import { dirOf, type SummitLocalize } from './localize.js';

/** Shared pieces of markup, written once and used by every element. */

/**
 * Stands in for the bundle's words when an interface sentence is made (`t.term('sourceQuote', SLOT)`), so that they
 * can be put back marked with their own language: each locale keeps its own word order ("Quote by X", "X的引语").
 */
export const SLOT = '\uE000';

/** An interface sentence made with {@link SLOT} for an argument, cut around it: the words before and after. */
export function aroundSlot(sentence: string): [before: string, after: string] {
  const at = sentence.indexOf(SLOT);
  return at < 0 ? [`${sentence} `, ''] : [sentence.slice(0, at), sentence.slice(at + SLOT.length)];
}

/** The bundle's words inside the interface's: marked with the bundle's language, and isolated in its direction. */
export const contentSpan = (text: string, lang: string): TemplateResult =>
  html`<span lang=${lang} dir=${dirOf(lang)}>${text}</span>`;

/**
 * An interface sentence (made with {@link SLOT}) with the bundle's `content` where the slot was: a string (marked
 * with the bundle's `lang`) or a template that marks its own parts ({@link namesTemplate}).
 */
export function inSentence(sentence: string, content: string | TemplateResult, lang: string): TemplateResult {
  const [before, after] = aroundSlot(sentence);
  return html`${before}${typeof content === 'string' ? contentSpan(content, lang) : content}${after}`;
}

/**
 * Names joined as the interface language `ui` joins them ("Vladimir Putin and Xi Jinping"), each name marked with
 * the bundle's `lang`; the joining words ("and", "і", "和") stay the interface's.
 */
export const namesTemplate = (names: readonly string[], ui: string, lang: string): TemplateResult =>
  html`${nameParts(names, ui).map((part) => (part.name ? contentSpan(part.text, lang) : part.text))}`;

export const loadingTemplate = (t?: SummitLocalize): TemplateResult =>
  html`<div
    class="state loading"
    part="loading"
    role="status"
    aria-live="polite"
    lang=${ifDefined(t?.locale())}
    dir=${ifDefined(t?.dir())}
  >
    ${t ? t.term('loading') : 'Loading…'}
  </div>`;

export const errorTemplate = (error: SummitError, t?: SummitLocalize): TemplateResult =>
  html`<div class="state error" part="error" role="alert" lang=${ifDefined(t?.locale())} dir=${ifDefined(t?.dir())}>
    <strong class="error-title">${t ? t.term('errorTitle') : 'Content unavailable.'}</strong>
    <span class="error-message">${t ? t.term('error', error.code, error.message) : error.message}</span>
  </div>`;

/** "Name, role, affiliation" — the attribution of a quotation, outside its blockquote. */
export const attributionTemplate = (person: Person, compact = false): TemplateResult =>
  html`<span class="speaker" part="speaker">${person.name}</span>${
      compact
        ? html`<span class="role" part="role">, ${person.role}</span>`
        : html`<span class="role" part="role">${person.role}</span>${
              person.affiliation
                ? html`<span class="affiliation" part="affiliation">${person.affiliation}</span>`
                : nothing
            }`
    }`;

/** The plain-text attribution used when a quote is copied: "Name, role, affiliation". */
export const attributionText = (person: Person): string =>
  [person.name, person.role, person.affiliation].filter(Boolean).join(', ');

/** Heading levels a host can ask for; anything else falls back to the element's default. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export const headingLevel = (value: unknown, fallback: HeadingLevel): HeadingLevel => {
  const n = Number(value);
  return n >= 2 && n <= 6 && Number.isInteger(n) ? (n as HeadingLevel) : fallback;
};

/** The heading tags, as static values: only these five ever reach the template. */
const headingTags = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
} as const satisfies Record<HeadingLevel, StaticValue>;

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
