/** The element classes, importable without registering anything (`summit-kit/elements`). */
export { SummitElement, type SummitTheme } from './base/summit-element.js';
export { QuoteCard, type QuoteCardVariant } from './elements/quote-card/quote-card.js';
export type * from './base/events.js';
