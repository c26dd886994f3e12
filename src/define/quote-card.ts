import '../use-article-bundle.js';
import './validator.js';
// <summit-data> first, so that elements inside one find their provider when they connect.
import './summit-data.js';
import { defineElement } from '../base/registry.js';
import { QuoteCard } from '../elements/quote-card/quote-card.js';

defineElement('quote-card', QuoteCard);

declare global {
  interface HTMLElementTagNameMap {
    'quote-card': QuoteCard;
  }
}
