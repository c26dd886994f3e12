import { css } from 'lit';

export const summitDeclarationStyles = css`
  .heading {
    margin-block: 0 calc(var(--_space) * 0.25);
    font-family: var(--_font-heading);
    font-size: 1.375rem;
    line-height: 1.25;
  }
  .meta {
    margin-block: 0 var(--_space);
    color: var(--_muted);
    font-family: var(--_font-heading);
    font-size: 0.875rem;
  }
  .group {
    margin-block-start: var(--_space);
    padding-block-start: calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_border);
  }
  .group-heading {
    margin-block: 0 calc(var(--_space) * 0.5);
    font-size: 0.9375rem;
  }
  .points {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .point + .point {
    margin-block-start: calc(var(--_space) * 0.75);
  }
  .point::marker {
    color: var(--_accent);
  }
  .point-text {
    margin: 0;
  }
  .quote {
    margin-block: calc(var(--_space) * 0.5) 0;
    margin-inline: 0;
    padding-block: calc(var(--_space) * 0.5);
    padding-inline: calc(var(--_space) * 0.75);
    border-inline-start: 3px solid var(--_accent);
  }
  .quote blockquote {
    margin: 0;
    font-style: italic;
  }
  .quote blockquote p {
    margin: 0;
  }
  .quote blockquote p::before {
    content: open-quote;
  }
  .quote blockquote p::after {
    content: close-quote;
  }
  .quote figcaption {
    margin-block-start: 0.25rem;
    color: var(--_muted);
    font-family: var(--_font-heading);
    font-size: 0.8125rem;
  }

  @media (forced-colors: active) {
    .declaration,
    .group,
    .quote {
      border-color: CanvasText;
    }
  }
  @media print {
    .group-heading {
      break-after: avoid;
    }
    .point,
    .quote {
      break-inside: avoid;
    }
  }
`;
