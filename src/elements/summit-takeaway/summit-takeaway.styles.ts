import { css } from 'lit';

export const summitTakeawayStyles = css`
  :host {
    scroll-margin-block-start: calc(var(--_space) * 4);
  }
  article {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: calc(var(--_space) * 0.75);
  }
  .number {
    grid-row: 1 / span 2;
    display: grid;
    place-items: center;
    inline-size: 2.5rem;
    block-size: 2.5rem;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_surface);
    font: 700 1.25rem/1 var(--_font-heading);
  }
  .heading {
    margin: 0;
    align-self: center;
    font: 700 1.25rem/1.25 var(--_font-heading);
  }
  .summary {
    grid-column: 2;
    margin-block: calc(var(--_space) * 0.5) 0;
    font-size: 1.0625rem;
  }
  .actions {
    grid-column: 2;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    margin-block-start: calc(var(--_space) * 0.75);
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  .chevron {
    display: inline-block;
    transition: transform 150ms ease;
  }
  :host(:dir(rtl)) .toggle[aria-expanded='false'] .chevron {
    transform: scaleX(-1);
  }
  .toggle[aria-expanded='true'] .chevron {
    transform: rotate(90deg);
  }
  .copy-status {
    color: var(--_muted);
    font: 0.875rem/1.2 var(--_font-heading);
  }
  .body {
    grid-column: 1 / -1;
    margin-block-start: var(--_space);
    padding-block-start: calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_border);
  }
  .body[hidden] {
    display: none;
  }
  .body p {
    margin-block: 0 calc(var(--_space) * 0.75);
  }
  q {
    font-style: italic;
  }
  .quotes {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }

  @media (forced-colors: active) {
    article,
    .body {
      border-color: CanvasText;
    }
    .number {
      border: 2px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
  @media print {
    article {
      border: none;
      padding-inline: 0;
    }
    .body,
    .body[hidden] {
      display: block !important;
    }
    .actions {
      display: none;
    }
    /* Backgrounds are not printed: the number's white-on-accent disc would print as nothing. */
    .number {
      background: none;
      color: var(--_text);
      border: 2px solid currentColor;
    }
    .body p,
    .quotes > * {
      break-inside: avoid;
    }
    .heading {
      break-after: avoid;
    }
  }
  /* Server-rendered and read without JavaScript: the full text is shown, the buttons (which need script) are not. */
  @media (scripting: none) {
    .body[hidden] {
      display: block;
    }
    .actions {
      display: none;
    }
  }
`;
