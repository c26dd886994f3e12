import '../use-article-bundle.js';
import './validator.js';
import './quote-card.js';
import { defineElement } from '../base/registry.js';
import { SummitTakeaway } from '../elements/summit-takeaway/summit-takeaway.js';

defineElement('summit-takeaway', SummitTakeaway);

declare global {
  interface HTMLElementTagNameMap {
    'summit-takeaway': SummitTakeaway;
  }
}
