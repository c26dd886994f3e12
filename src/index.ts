/**
 * `summit-kit`: registers every element with the article's bundle as their default, and exports the classes, the
 * data API and the registration helpers.
 */
import './default.js';
import { define } from './register.js';
import type { QuoteCard } from './elements/quote-card/quote-card.js';
import type { ReactionPanel } from './elements/reaction-panel/reaction-panel.js';
import type { SummitCorrections } from './elements/summit-corrections/summit-corrections.js';
import type { SummitData } from './elements/summit-data/summit-data.js';
import type { SummitDeclaration } from './elements/summit-declaration/summit-declaration.js';
import type { SummitExplainer } from './elements/summit-explainer/summit-explainer.js';
import type { SummitRelated } from './elements/summit-related/summit-related.js';
import type { SummitTakeaway } from './elements/summit-takeaway/summit-takeaway.js';

define();

export * from './elements.js';
export * from './data/index.js';
export { define, elements, type SummitTagName } from './register.js';
export { defineElement, rename, tagName, VERSION } from './base/registry.js';
export { setDefaultBundle } from './base/default-bundle.js';
export { defaultBundle } from './data/default-bundle.js';

declare global {
  interface HTMLElementTagNameMap {
    'quote-card': QuoteCard;
    'reaction-panel': ReactionPanel;
    'summit-corrections': SummitCorrections;
    'summit-data': SummitData;
    'summit-declaration': SummitDeclaration;
    'summit-explainer': SummitExplainer;
    'summit-related': SummitRelated;
    'summit-takeaway': SummitTakeaway;
  }
}
