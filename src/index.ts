/**
 * `summit-kit`: registers every element with the article's bundle as their default, and exports the classes, the
 * data API and the registration helpers.
 */
import './define/quote-card.js';

export * from './elements.js';
export * from './data/index.js';
export { defineElement, rename, tagName, VERSION } from './base/registry.js';
export { setDefaultBundle } from './base/default-bundle.js';
export { defaultBundle } from './data/default-bundle.js';
