import { css } from 'lit';

export const quoteCardStyles = css`
  figure.card {
    margin: 0;
    border-inline-start: 4px solid var(--_accent);
  }
  blockquote {
    margin: 0;
    font-size: 1.125rem;
    hyphens: auto;
  }
  blockquote p {
    margin: 0;
  }
  blockquote p::before {
    content: open-quote;
  }
  blockquote p::after {
    content: close-quote;
  }
  figcaption {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin-block-start: calc(var(--_space) * 0.75);
    font-family: var(--_font-heading);
    font-size: 0.875rem;
  }
  .attribution {
    display: flex;
    flex-direction: column;
    flex: 1 1 12rem;
    min-inline-size: 0;
  }
  .speaker {
    font-weight: 700;
  }
  .role,
  .affiliation,
  .context {
    color: var(--_muted);
  }
  .context {
    flex-basis: 100%;
    font-family: var(--_font-heading);
    font-size: 0.8125rem;
  }
  .copy[data-copied] {
    color: var(--_accent);
  }

  /* Size containment only where a container query unit needs it: the pull quote's type follows the card's width. */
  :host([variant='pull']) {
    container-type: inline-size;
  }
  :host([variant='pull']) figure {
    border: none;
    border-block: 3px solid var(--_accent);
    border-radius: 0;
    padding-inline: 0;
  }
  :host([variant='pull']) blockquote {
    font-family: var(--_font-heading);
    font-size: clamp(1.375rem, 4cqi + 0.5rem, 2rem);
    font-weight: 700;
    line-height: 1.25;
    color: var(--_text);
  }

  :host([variant='compact']) figure {
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border-inline-start-width: 3px;
  }
  :host([variant='compact']) blockquote {
    font-size: 1rem;
  }
  :host([variant='compact']) .attribution {
    flex-direction: row;
    flex-wrap: wrap;
  }
  :host([variant='compact']) .affiliation,
  :host([variant='compact']) .context {
    display: none;
  }

  @media (forced-colors: active) {
    figure {
      border-color: CanvasText;
    }
  }
  @media print {
    figure {
      break-inside: avoid;
    }
  }
  /* On paper, and server-rendered HTML read without JavaScript: copying needs script. */
  @media print, (scripting: none) {
    .copy {
      display: none;
    }
  }
`;
