import '../default.js';
import { defineElement } from '../base/registry.js';
import { QuoteCard } from '../elements/quote-card/quote-card.js';

defineElement('quote-card', QuoteCard);

declare global {
  interface HTMLElementTagNameMap {
    'quote-card': QuoteCard;
  }
}
