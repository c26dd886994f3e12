import { html, type TemplateResult } from 'lit';
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

/** The plain-text attribution used when a quote is copied: "Name, role, affiliation". */
export const attributionText = (person: Person): string =>
  [person.name, person.role, person.affiliation].filter(Boolean).join(', ');
