import '../use-article-bundle.js';
import './validator.js';
import './summit-takeaway.js';
import { defineElement } from '../base/registry.js';
import { SummitExplainer } from '../elements/summit-explainer/summit-explainer.js';

defineElement('summit-explainer', SummitExplainer);

declare global {
  interface HTMLElementTagNameMap {
    'summit-explainer': SummitExplainer;
  }
}
