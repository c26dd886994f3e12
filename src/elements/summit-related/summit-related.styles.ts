import { css } from 'lit';

export const summitRelatedStyles = css`
  .card {
    position: relative;
    border-block-start: 4px solid var(--_accent);
  }
  .label {
    margin: 0 0 calc(var(--_space) * 0.375);
  }
  .headline {
    margin: 0;
    font-family: var(--_font-heading);
    font-size: 1.25rem;
    line-height: 1.25;
  }
  .headline a {
    color: inherit;
    text-decoration: none;
  }
  /* The stretched link: one anchor, its ::after covers the whole card, so the card is one click target and one link. */
  .headline a::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }
  .card:hover .headline a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .standfirst {
    margin-block: calc(var(--_space) * 0.5) 0;
  }
  .date {
    display: block;
    margin-block-start: calc(var(--_space) * 0.5);
    color: var(--_muted);
    font-family: var(--_font-heading);
    font-size: 0.8125rem;
  }
  /* The focus ring goes round the card the link stands for; browsers without :has() keep the link's own ring. */
  @supports selector(:has(a)) {
    .headline a:focus-visible {
      outline: none;
    }
    .card:has(a:focus-visible) {
      outline: 3px solid var(--_accent);
      outline-offset: 2px;
    }
  }

  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .headline a {
      color: LinkText;
    }
    .card:has(a:focus-visible) {
      outline-color: Highlight;
    }
  }
  @media print {
    .card {
      break-inside: avoid;
    }
    .headline a::after {
      content: ' (' attr(href) ')';
      position: static;
      font-size: 0.75em;
      font-weight: 400;
    }
  }
`;
