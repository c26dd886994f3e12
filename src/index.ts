/**
 * `summit-kit`: registers every element with the article's bundle as their default, and exports the classes, the
 * data API and the registration helpers. Each tag is registered (and typed in `HTMLElementTagNameMap`) by its own
 * `define/<tag>.ts`, the file behind `summit-kit/<tag>.js`; `<summit-data>` first, so that elements inside one find
 * their provider when they connect.
 */
import './define/summit-data.js';
import './define/quote-card.js';
import './define/summit-takeaway.js';
import './define/reaction-panel.js';
import './define/summit-explainer.js';
import './define/summit-declaration.js';
import './define/summit-related.js';
import './define/summit-corrections.js';

export * from './elements.js';
export * from './data/index.js';
export { define, elements, type SummitTagName } from './register.js';
export { defineElement, rename, tagName, VERSION } from './base/registry.js';
export { setDefaultBundle } from './base/default-bundle.js';
export { loadLocale } from './base/localize.js';
export { defaultBundle } from './data/article-bundle.js';
