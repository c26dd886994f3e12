import '../use-article-bundle.js';
import './validator.js';
import { defineElement } from '../base/registry.js';
import { SummitCorrections } from '../elements/summit-corrections/summit-corrections.js';

defineElement('summit-corrections', SummitCorrections);

declare global {
  interface HTMLElementTagNameMap {
    'summit-corrections': SummitCorrections;
  }
}
