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

  dialog {
    inline-size: calc(100% - 2 * var(--_space));
    max-inline-size: 36rem;
    max-block-size: calc(100% - 2 * var(--_space));
    padding: calc(var(--_space) * 1.25);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-family: var(--_font-heading);
    overflow-wrap: anywhere;
  }
  dialog::backdrop {
    background: var(--_backdrop, rgb(0 0 0 / 0.55));
  }
  .title {
    margin-block: 0 calc(var(--_space) * 0.75);
    font-size: 1.25rem;
    line-height: 1.25;
  }
  .label {
    display: block;
    margin-block: calc(var(--_space) * 0.75) 0.25rem;
    font-size: 0.875rem;
    font-weight: 600;
  }
  .excerpt {
    margin: 0;
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    border-inline-start: 4px solid var(--_accent);
    color: var(--_muted);
    font-family: var(--_font-body);
    font-size: 1rem;
  }
  mark {
    padding-inline: 0.1em;
    border-radius: 2px;
    background: color-mix(in srgb, var(--_accent) 18%, var(--_surface));
    color: var(--_text);
    text-decoration: underline 2px var(--_accent);
    text-underline-offset: 0.2em;
  }
  .source {
    margin-block: 0.5rem 0;
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  code {
    font-size: 0.95em;
  }
  textarea {
    display: block;
    inline-size: 100%;
    min-block-size: 5rem;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: 1rem/1.4 var(--_font-body);
    resize: vertical;
  }
  .message,
  .thanks {
    margin-block: 0.75rem 0;
  }
  .message:empty,
  .thanks:empty {
    margin: 0;
  }
  .message:not(:empty) {
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    border-inline-start: 4px solid var(--_accent);
    font-weight: 600;
  }
  .thanks:not(:empty) {
    font-size: 1rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    justify-content: flex-end;
    margin-block-start: var(--_space);
  }
  .actions button {
    min-block-size: 36px;
    min-inline-size: 5rem;
  }
  .send:not(:disabled),
  .close {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_surface);
  }
  .send:not(:disabled):hover,
  .close:hover {
    background: var(--_text);
    border-color: var(--_text);
    color: var(--_surface);
  }
  button:disabled {
    cursor: progress;
    opacity: 0.75;
  }

  @media (forced-colors: active) {
    .bar,
    dialog,
    textarea {
      border-color: CanvasText;
    }
    mark {
      background: Highlight;
      color: HighlightText;
    }
    .send:not(:disabled),
    .close {
      border-color: ButtonText;
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
