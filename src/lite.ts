/**
 * The light CDN file (`dist/cdn/summit-kit-lite.js`): every element, without the article's bundle, for publishers
 * who always pass `src`, `bundle` or a `<summit-data>`.
 */
import { define } from './register.js';

define();

export * from './elements.js';
export * from './data/index.js';
export { define } from './register.js';
export { rename, tagName, VERSION } from './base/registry.js';
export { setDefaultBundle } from './base/default-bundle.js';
