// The synthetic article pages of the layout-shift benchmark: one page per element, the element between text above and
// below, in a 46rem column (1rem gutters), its module delayed. Shared by measure.mjs (CLS) and sizes.mjs (the sizes
// that src/reserve.css reserves), so both look at the same element with the same attributes.

/** One page per element; the attributes are the ones the README shows. */
export const ELEMENTS = [
  { tag: 'summit-takeaway', attributes: { takeaway: 'energy-supplies', 'heading-level': '2' } },
  { tag: 'quote-card', attributes: { quote: 'daly-peacemaker' } },
  { tag: 'reaction-panel', attributes: {} },
  { tag: 'summit-explainer', attributes: {} },
  { tag: 'summit-declaration', attributes: { 'heading-level': '2' } },
  { tag: 'summit-related', attributes: {} },
  { tag: 'summit-corrections', attributes: {}, content: '<p>Xi Jinping left Moscow on Wednesday morning.</p>' },
];

/** The two viewports of issue 8: a laptop (46rem column) and a phone (390px wide, a 358px column). */
export const VIEWPORTS = [
  { name: '1280×720', width: 1280, height: 720 },
  { name: '390×844', width: 390, height: 844 },
];

/** How long the element's module takes to arrive (ms): the page paints the reservation first. */
export const MODULE_DELAY_MS = 500;

const escapeAttr = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `<tag a="b">content</tag>` from a plain attribute object (`''` for a boolean attribute). */
export const elementHtml = ({ tag, attributes = {}, content = '' }) =>
  `<${tag}${Object.entries(attributes)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`))
    .join('')}>${content}</${tag}>`;

const PARAGRAPH =
  'Filler text of a host article, set in the page’s own font: it is here so that the element sits between ' +
  'paragraphs as it would in a real story, and so that a shift of the element moves text a reader is reading.';

/**
 * One synthetic article page.
 * @param {{ element: string, head?: string, script?: string, title: string }} parts the element's HTML, extra head
 *   markup (the reservation stylesheet), and the URL of the (delayed) module
 */
export const articlePage = ({ element, head = '', script, title }) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/bench/cls/page.css" />
    ${head}
    ${script ? `<script type="module" src="${script}"></script>` : ''}
  </head>
  <body>
    <main>
      <h1>${title}</h1>
      <p>${PARAGRAPH}</p>
      ${element}
      ${Array.from({ length: 12 }, () => `<p>${PARAGRAPH}</p>`).join('\n      ')}
    </main>
  </body>
</html>
`;
