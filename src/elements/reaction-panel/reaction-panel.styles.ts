import { css } from 'lit';

export const reactionPanelStyles = css`
  :host {
    container-type: inline-size;
  }
  .reactions {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  .tablist {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    padding-block-start: calc(var(--_space) * 0.5);
    padding-inline: calc(var(--_space) * 0.5);
    border-block-end: 1px solid var(--_border);
  }
  .tab {
    flex: 0 1 auto;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    margin-block-end: -1px;
    padding-block: 0.5rem;
    padding-inline: 0.875rem;
    border: 1px solid transparent;
    border-block-end: 3px solid transparent;
    border-end-start-radius: 0;
    border-end-end-radius: 0;
    background: transparent;
    color: var(--_muted);
    font-size: 0.9375rem;
    text-align: start;
    overflow-wrap: anywhere;
  }
  .tab[aria-selected='true'] {
    border-color: var(--_border);
    border-block-end: 3px solid var(--_accent);
    background: var(--_surface);
    color: var(--_text);
    font-weight: 700;
  }
  .tab:hover {
    color: var(--_accent);
  }
  .tab:focus-visible {
    outline-offset: -3px;
  }
  .panel {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    border-end-start-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }
  .panel[hidden] {
    display: none;
  }
  .panel:focus-visible {
    outline-offset: -3px;
  }
  .summary {
    margin: 0;
    font-size: 1.0625rem;
  }
  .empty {
    margin: 0;
    padding: var(--_space);
    color: var(--_muted);
    font-family: var(--_font-heading);
  }

  @container (max-width: 30rem) {
    .tablist {
      flex-direction: column;
      padding-inline: 0;
      padding-block-start: 0;
      gap: 0;
    }
    .tab {
      inline-size: 100%;
      margin-block-end: 0;
      border-radius: 0;
      border-block-end-width: 1px;
      border-inline-start: 4px solid transparent;
    }
    .tab[aria-selected='true'] {
      border-block-end-width: 1px;
      border-block-end-color: var(--_border);
      border-inline-start: 4px solid var(--_accent);
    }
  }

  @media (forced-colors: active) {
    .reactions,
    .tablist,
    .tab {
      border-color: CanvasText;
    }
    .tab[aria-selected='true'] {
      border-color: Highlight;
      color: Highlight;
    }
  }
  /* Printed, or server-rendered and read without JavaScript: every panel under its label, no tabs. */
  @media print, (scripting: none) {
    .reactions {
      border: none;
    }
    .tablist {
      display: none;
    }
    .panel[hidden] {
      display: grid;
    }
    .panel {
      break-inside: avoid;
      padding-inline: 0;
    }
    .panel::before {
      content: attr(data-label);
      font-family: var(--_font-heading);
      font-weight: 700;
    }
  }
`;
