import { defineElement, rename } from './base/registry.js';
import { QuoteCard } from './elements/quote-card/quote-card.js';
import { ReactionPanel } from './elements/reaction-panel/reaction-panel.js';
import { SummitCorrections } from './elements/summit-corrections/summit-corrections.js';
import { SummitData } from './elements/summit-data/summit-data.js';
import { SummitDeclaration } from './elements/summit-declaration/summit-declaration.js';
import { SummitExplainer } from './elements/summit-explainer/summit-explainer.js';
import { SummitRelated } from './elements/summit-related/summit-related.js';
import { SummitTakeaway } from './elements/summit-takeaway/summit-takeaway.js';

/** Every element, in registration order: the provider first, so elements inside it find it when they connect. */
export const elements = {
  'summit-data': SummitData,
  'quote-card': QuoteCard,
  'summit-takeaway': SummitTakeaway,
  'reaction-panel': ReactionPanel,
  'summit-explainer': SummitExplainer,
  'summit-declaration': SummitDeclaration,
  'summit-related': SummitRelated,
  'summit-corrections': SummitCorrections,
} as const;

export type SummitTagName = keyof typeof elements;

/**
 * Registers every summit-kit element. Pass new names for any tag your page already uses for something else:
 * `define({ 'quote-card': 'acme-quote-card' })` — elements that render a quote card inside them then use
 * `<acme-quote-card>`. Tags already registered by this version are skipped; tags taken by something else are left
 * alone with one console warning.
 */
export function define(names: Partial<Record<SummitTagName, string>> = {}): void {
  rename(names);
  for (const [tag, ctor] of Object.entries(elements)) defineElement(tag, ctor);
}
