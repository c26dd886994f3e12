import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
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

/** A real heading (`<h2>`…`<h6>`) at the level the host chose, so the page outline stays correct. */
export function headingTemplate(
  level: HeadingLevel,
  content: unknown,
  options: { part?: string; id?: string; className?: string } = {},
): TemplateResult {
  const { part = 'heading', id, className = 'heading' } = options;
  switch (level) {
    case 2:
      return html`<h2 part=${part} id=${ifDefined(id)} class=${className}>${content}</h2>`;
    case 4:
      return html`<h4 part=${part} id=${ifDefined(id)} class=${className}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${ifDefined(id)} class=${className}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part} id=${ifDefined(id)} class=${className}>${content}</h6>`;
    default:
      return html`<h3 part=${part} id=${ifDefined(id)} class=${className}>${content}</h3>`;
  }
}
