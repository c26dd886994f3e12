/**
 * The CDN file (`dist/cdn/summit-kit.js`): registers every element with the article's bundle as their default, like
 * `import 'summit-kit'`, and exports the same API except the validator. The default bundle was checked when the
 * package was built, so a page that shows it never downloads valibot and the schema: they load, as
 * `dist/cdn/summit-kit-validator.js` beside this file, when a foreign bundle arrives (`src` or the `bundle`
 * property); the fetcher loads as `summit-kit-load.js` with the first `src` (`loadBundle` here loads it too).
 * `validate(input)` checks a bundle the same way (a `Bundle`, or a promise of one while the validator loads);
 * `parseBundle` is in the npm package and `summit-kit/data`.
 */
import type {} from './index.js';
import './use-article-bundle.js';
import { define } from './register.js';

define();

export * from './elements.js';
export type * from './data/schema.js';
export { validate } from './data/validate.js';
export { BundleError, SummitError, formatIssue, type BundleIssue, type SummitErrorCode } from './data/errors.js';
export { loadBundle, clearBundleCache, DEFAULT_TIMEOUT_MS } from './data/fetcher.js';
export * from './data/lookup.js';
export { define, elements, type SummitTagName } from './register.js';
export { defineElement, rename, tagName, VERSION } from './base/registry.js';
export { setDefaultBundle } from './base/default-bundle.js';
export { loadLocale } from './base/localize.js';
export { defaultBundle } from './data/article-bundle.js';
