import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import type { SummitError } from '../data/errors.js';
import type { Person } from '../data/schema.js';
import type { SummitLocalize } from './localize.js';

/** Shared pieces of markup, written once and used by every element. */

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
