import type { Bundle } from '../data/schema.js';

/**
 * Where an element gets its bundle when it has no `src`, no `bundle` and no `<summit-data>` around it. The full
 * entries (`summit-kit`, `summit-kit/<element>.js`, the CDN file) register the article's bundle here; the class-only
 * entries and the light CDN file leave it empty, so publishers who always pass `src` don't download it.
 */
let provider: (() => Bundle) | undefined;

export function setDefaultBundle(get: () => Bundle): void {
  provider = get;
}

export function getDefaultBundle(): Bundle | undefined {
  return provider?.();
}
