import '../use-article-bundle.js';
import './validator.js';
import { defineElement } from '../base/registry.js';
import { SummitDeclaration } from '../elements/summit-declaration/summit-declaration.js';

defineElement('summit-declaration', SummitDeclaration);

declare global {
  interface HTMLElementTagNameMap {
    'summit-declaration': SummitDeclaration;
  }
}
