import '../use-article-bundle.js';
import './validator.js';
import { defineElement } from '../base/registry.js';
import { SummitData } from '../elements/summit-data/summit-data.js';

defineElement('summit-data', SummitData);

declare global {
  interface HTMLElementTagNameMap {
    'summit-data': SummitData;
  }
}
