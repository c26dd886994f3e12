import json from '../../data/moscow-summit-2023.json';
import type { Bundle } from './schema.js';
import { trust } from './validate.js';

/**
 * The article's own bundle (`data/moscow-summit-2023.json`). It is validated when the package is built and tested
 * (`tests/data/article-bundle.test.ts`: `parseBundle` accepts it and gives it back unchanged), not in every reader's
 * browser, so it is trusted as it is and the validator never loads for it.
 */
const bundle = trust(json as Bundle);

export function defaultBundle(): Bundle {
  return bundle;
}
