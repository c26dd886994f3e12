/** The element classes, importable without registering anything (`summit-kit/elements.js`). */
export { SummitElement, type SummitTheme } from './base/summit-element.js';
export { QuoteCard, type QuoteCardVariant } from './elements/quote-card/quote-card.js';
export { ReactionPanel } from './elements/reaction-panel/reaction-panel.js';
export { SummitCorrections } from './elements/summit-corrections/summit-corrections.js';
export { SummitData } from './elements/summit-data/summit-data.js';
export { SummitDeclaration } from './elements/summit-declaration/summit-declaration.js';
export { SummitExplainer } from './elements/summit-explainer/summit-explainer.js';
export { SummitRelated } from './elements/summit-related/summit-related.js';
export { SummitTakeaway } from './elements/summit-takeaway/summit-takeaway.js';
export type * from './base/events.js';
