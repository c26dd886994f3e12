import { css } from 'lit';

/**
 * The dialog and its form: loaded with the form (`correction-form.ts`), and added to the element's styles then (the
 * dialog never opens before).
 */
export const correctionFormStyles = css`
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
`;
