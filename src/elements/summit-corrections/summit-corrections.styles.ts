import { css } from 'lit';

export const summitCorrectionsStyles = css`
  /* The region is the publisher's content: it keeps the page's colour and type. Only our own UI uses the tokens. */
  :host,
  :host([theme]) {
    position: relative;
    color: inherit;
    color-scheme: inherit;
    font-family: inherit;
    line-height: inherit;
  }
  /* theme applies to our UI only, never to the region's content (the page's colours stay the page's). */
  :host([theme='system']) :is(.bar, .hint, dialog) {
    color-scheme: light dark;
  }
  :host([theme='light']) :is(.bar, .hint, dialog) {
    color-scheme: light;
  }
  :host([theme='dark']) :is(.bar, .hint, dialog) {
    color-scheme: dark;
  }
  .bar,
  dialog {
    color: var(--_text);
  }
  .bar,
  .hint,
  dialog {
    line-height: 1.5;
  }
  .bar {
    position: sticky;
    inset-block-end: 0;
    z-index: 1;
    display: flex;
    justify-content: flex-end;
    margin-block-start: calc(var(--_space) * 0.5);
    padding-block: calc(var(--_space) * 0.5);
    padding-inline: calc(var(--_space) * 0.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .bar[hidden] {
    display: none;
  }
  /* Next to the selection (its place is set by a stylesheet of the element's own; see placeBar). */
  .bar.anchored {
    position: absolute;
    inset-block-end: auto;
    margin: 0;
    padding: 0;
    border: none;
    background: none;
    box-shadow: none;
  }
  .bar.anchored .suggest {
    box-shadow: 0 2px 8px rgb(0 0 0 / 25%);
  }
  .suggest {
    min-block-size: 44px;
    border-color: var(--_accent);
  }

  /* On no surface of ours with theme="auto": the page's own text colour, readable on whatever the page draws. */
  .hint {
    margin-block: calc(var(--_space) * 0.5) 0;
    color: inherit;
    font-family: var(--_font-heading);
    font-size: 0.8125rem;
  }
  /* Any other theme may differ from the page's scheme: paint our own surface behind the line. */
  :host([theme='system']) .hint,
  :host([theme='light']) .hint,
  :host([theme='dark']) .hint {
    padding-block: 0.25rem;
    padding-inline: 0.5rem;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_muted);
  }
  /* The shortcut needs the script: hidden (its room kept) until the element is defined and hydrated. */
  :host(:not(:defined)) .how,
  :host([defer-hydration]) .how {
    visibility: hidden;
  }
  .hint a {
    color: inherit;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  .hint a:hover {
    color: var(--_accent);
  }

  @media (forced-colors: active) {
    .bar {
      border-color: CanvasText;
    }
  }
  @media print {
    .bar,
    .hint,
    dialog {
      display: none;
    }
  }
`;
