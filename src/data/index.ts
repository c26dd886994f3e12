/**
 * `summit-kit/data`: the bundle schema, validation, loading and look-ups. No DOM: imports in Node and in a browser.
 */
export * from './schema.js';
export { parseBundle } from './parse.js';
export { BundleError, SummitError, formatIssue, type BundleIssue, type SummitErrorCode } from './errors.js';
export { loadBundle, clearBundleCache, DEFAULT_TIMEOUT_MS } from './load.js';
export * from './lookup.js';
