import type * as Load from '../base/src-fetch.js';

/**
 * The fetcher (`./load.js`) on demand: it loads with the first `src` (or `loadBundle` call), so a page that shows
 * the default bundle or a given one never downloads it. It is taken from the module of the elements' `src` fetch,
 * which holds it, so that the CDN file has one such file beside it, `summit-kit-load.js`.
 */

/** How long a bundle fetch may take before it fails with `timeout`. */
export const DEFAULT_TIMEOUT_MS = 10_000;

let fetcher: typeof Load | undefined;

/** Fetches and validates the bundle at `url`, once per URL: see `loadBundle` in `summit-kit/data`. */
export const loadBundle: typeof Load.loadBundle = (url, options) =>
  import('../base/src-fetch.js').then((module) => (fetcher = module).loadBundle(url, options));

/** Forgets every cached bundle (nothing is cached before the fetcher has loaded). */
export const clearBundleCache: typeof Load.clearBundleCache = () => fetcher?.clearBundleCache();
