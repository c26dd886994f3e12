/**
 * `dist/cdn/summit-kit-hydrate.js`: the CDN file for server-rendered pages. Lit's hydration support must run before
 * Lit itself loads, so it is imported first; then every element registers (with the default bundle) and takes over
 * the declarative shadow DOM that `summit-kit/ssr` or `summit-kit render` wrote, without re-creating it.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './index.js';

export * from './index.js';
