import { css } from 'lit';

export const summitExplainerStyles = css`
  article {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  header {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .headline {
    margin: 0;
    font: 800 clamp(1.5rem, 1rem + 2.5vw, 2.25rem) / 1.15 var(--_font-heading);
  }
  .standfirst {
    margin: 0;
    font-size: 1.1875rem;
  }
  .intro {
    margin: 0;
    color: var(--_muted);
    font-family: var(--_font-heading);
  }
  nav {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-family: var(--_font-heading);
  }
  nav ol {
    display: grid;
    gap: 0.125rem;
    margin: 0;
    padding-inline-start: 1.75rem;
  }
  nav a {
    display: inline-block;
    min-block-size: 24px;
    padding-block: 0.125rem;
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  nav a:hover {
    text-decoration-thickness: 2px;
  }
  .toolbar {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    padding-block: calc(var(--_space) * 0.5);
    border-block-end: 1px solid var(--_border);
    background: var(--_surface);
    font-family: var(--_font-heading);
  }
  .progress {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin: 0;
    margin-inline-end: auto;
    color: var(--_muted);
    font-size: 0.875rem;
    font-variant-numeric: tabular-nums;
  }
  progress {
    inline-size: 6rem;
    block-size: 0.375rem;
    accent-color: var(--_accent);
  }
  .takeaways {
    display: grid;
    gap: var(--_space);
  }

  @media (forced-colors: active) {
    nav,
    .toolbar {
      border-color: CanvasText;
    }
    nav a {
      color: LinkText;
    }
    progress {
      outline: 1px solid CanvasText;
    }
  }
  @media print {
    .toolbar {
      display: none;
    }
    article {
      padding: 0;
    }
    nav {
      border: none;
      padding-inline: 0;
    }
    .headline {
      break-after: avoid;
    }
  }
  /*
   * Server-rendered and read without JavaScript: the toolbar's progress and buttons need script, and the contents'
   * links cannot work (a page's #fragment does not reach into a shadow root). The headings below say the same.
   */
  @media (scripting: none) {
    nav,
    .toolbar {
      display: none;
    }
  }
`;
