import { css } from 'lit';

/**
 * Tokens and states shared by every element. Each global `--summit-*` token is read through a fallback chain that
 * ends in a literal, so an element looks right on a page that loaded no stylesheet of ours. `light-dark()` picks the
 * light or dark literal from the element's used `color-scheme`:
 *
 * - `theme="auto"` (the default) sets none, so the host page's `color-scheme` is inherited, as native form controls
 *   do: a page that declares nothing stays light, a page that declares `light dark` gets the reader's preference.
 *   A nested element inherits its container's scheme the same way, so nobody passes `theme` down.
 * - `theme="system"` declares `light dark`: the reader's preference, whatever the page says.
 * - `theme="light"` / `theme="dark"` force one.
 *
 * A token the page sets is used as written in both schemes; a page that wants two values writes `light-dark()` in
 * it, which resolves per element, against the element's scheme.
 */
export const baseStyles = css`
  :host {
    display: block;
    --_accent: var(--summit-color-accent, light-dark(#a4161a, #ff8f87));
    --_text: var(--summit-color-text, light-dark(#1b1b1f, #ececf1));
    --_muted: var(--summit-color-muted, light-dark(#555560, #b6b6c2));
    --_surface: var(--summit-color-surface, light-dark(#ffffff, #17181c));
    --_border: var(--summit-color-border, light-dark(#8a8a96, #70707c));
    --_font-body: var(--summit-font-body, Georgia, 'Times New Roman', serif);
    --_font-heading: var(--summit-font-heading, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_radius: var(--summit-radius, 6px);
    --_space: var(--summit-space, 1rem);
    color: var(--_text);
    font-family: var(--_font-body);
    line-height: 1.5;
  }
  :host([theme='system']) {
    color-scheme: light dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
    /* A long unbroken word (a URL, a bad paste) wraps instead of widening the element. */
    overflow-wrap: anywhere;
  }
  /* The framed surface every element draws its content on. */
  .card {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  /* A small uppercase label in the accent colour, above or between blocks. */
  .kicker {
    color: var(--_accent);
    font-family: var(--_font-heading);
    font-size: 0.8125rem;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .state {
    min-block-size: 4.5rem;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-family: var(--_font-heading);
    font-size: 0.9375rem;
  }
  .loading {
    color: var(--_muted);
  }
  .error {
    border-inline-start: 4px solid var(--_accent);
  }
  .error-title {
    display: block;
  }
  button {
    min-block-size: 24px;
    min-inline-size: 24px;
    padding-block: 0.25rem;
    padding-inline: 0.625rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: 600 0.875rem/1.2 var(--_font-heading);
    cursor: pointer;
  }
  button:hover {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  /*
   * The ring sits on a halo of our surface (in the 2 px gap and 2 px outside it), so it keeps its 3:1 against the
   * card and against whatever page is behind the element, whichever scheme each is in.
   */
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
    box-shadow: 0 0 0 7px var(--_surface);
  }
  .summit-copy-buffer {
    position: fixed;
    inset-block-start: 0;
    inset-inline-start: 0;
    opacity: 0;
    pointer-events: none;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .card,
    .state,
    button {
      border-color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  /* Paper is white and backgrounds are not printed: print in the light scheme, without interactive chrome. */
  @media print {
    :host,
    :host([theme]) {
      color-scheme: light;
    }
    button {
      display: none;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
