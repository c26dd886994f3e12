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

/**
 * "Name, role, affiliation" — the attribution of a quotation, outside its blockquote; compact: "Name, role". One
 * template each way, so a compact card (26 in an explainer) renders one template here, not two.
 */
export const attributionTemplate = (person: Person, compact = false): TemplateResult =>
  compact
    ? html`<span class="speaker" part="speaker">${person.name}</span
        ><span class="role" part="role">, ${person.role}</span>`
    : html`<span class="speaker" part="speaker">${person.name}</span
        ><span class="role" part="role">${person.role}</span>${
          person.affiliation ? html`<span class="affiliation" part="affiliation">${person.affiliation}</span>` : nothing
        }`;

/** The plain-text attribution used when a quote is copied: "Name, role, affiliation". */
export const attributionText = (person: Person): string =>
  [person.name, person.role, person.affiliation].filter(Boolean).join(', ');
