import '../use-article-bundle.js';
import './validator.js';
import { defineElement } from '../base/registry.js';
import { SummitRelated } from '../elements/summit-related/summit-related.js';

defineElement('summit-related', SummitRelated);

declare global {
  interface HTMLElementTagNameMap {
    'summit-related': SummitRelated;
  }
}
