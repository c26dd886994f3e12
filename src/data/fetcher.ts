import type * as Load from './load.js';

/**
 * The fetcher (`./load.js`) on demand: it loads with the first `src` (or `loadBundle` call), so a page that shows
 * the default bundle or a given one never downloads it. In the CDN file it is `summit-kit-load.js` beside the file.
 */

/** How long a bundle fetch may take before it fails with `timeout`. */
export const DEFAULT_TIMEOUT_MS = 10_000;

let fetcher: typeof Load | undefined;

/** Fetches and validates the bundle at `url`, once per URL: see `loadBundle` in `summit-kit/data`. */
export const loadBundle: typeof Load.loadBundle = (url, options) =>
  import('./load.js').then((module) => (fetcher = module).loadBundle(url, options));

/** Forgets every cached bundle (nothing is cached before the fetcher has loaded). */
export const clearBundleCache: typeof Load.clearBundleCache = () => fetcher?.clearBundleCache();
