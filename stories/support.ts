import type { ArgTypes, Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** Story helpers: the shared decorators and arg types, and a never-settling bundle URL. */

/**
 * A bundle URL whose fetch never settles, so a story can show an element's loading state (the space it reserves and
 * its "Loading…" status) for as long as the reader looks at it.
 */
export const LOADING_SRC = '/__summit-kit-story__/loading.json';

const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
  String(input instanceof Request ? input.url : input).endsWith(LOADING_SRC)
    ? new Promise<Response>(() => undefined)
    : realFetch(input, init);

/** The `theme` control every element shares. */
export const themeArg: ArgTypes[string] = { control: 'inline-radio', options: ['auto', 'system', 'light', 'dark'] };

/** Wraps the story in `<div dir="rtl">`, with `lang` when given (`rtlLang('ar')`). */
export const rtlLang =
  (lang?: string): Decorator =>
  (story) =>
    html`<div dir="rtl" lang=${ifDefined(lang)}>${story()}</div>`;

/** Wraps the story in `<div dir="rtl">`. */
export const rtl: Decorator = rtlLang();

/** Puts the story in a 320 px container, the narrowest phone column. */
export const narrow: Decorator = (story) =>
  html`<style>
      .summit-story-narrow {
        inline-size: 320px;
      }
    </style>
    <div class="summit-story-narrow">${story()}</div>`;

/**
 * A publisher's theme, set with the global `--summit-*` tokens on an ancestor. The colours are `light-dark()` pairs,
 * so they hold in whichever scheme each element is in (text and muted keep the defaults, which contrast with both).
 */
export const themed: Decorator = (story) =>
  html`<style>
      .summit-story-themed {
        --summit-color-accent: light-dark(#0b5cad, #8cc4ff);
        --summit-color-surface: light-dark(#f4f8fc, #0f1b27);
        --summit-color-border: light-dark(#5a7896, #6b8aa8);
        --summit-font-body: 'Iowan Old Style', Georgia, serif;
        --summit-font-heading: 'Helvetica Neue', Arial, sans-serif;
        --summit-radius: 0;
        --summit-space: 1.5rem;
      }
    </style>
    <div class="summit-story-themed">${story()}</div>`;

/**
 * A dark page, as a publisher's dark stylesheet would set it: it declares `color-scheme: dark` and paints its own
 * text and background, so the page's content (not only ours) is readable.
 */
export const darkPage: Decorator = (story) =>
  html`<style>
      .summit-story-dark-page {
        color-scheme: dark;
        padding: 1rem;
        background: #0f1013;
        color: #ececf1;
      }
    </style>
    <div class="summit-story-dark-page">${story()}</div>`;
