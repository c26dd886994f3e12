import json from '../../data/moscow-summit-2023.json';
import { parseBundle } from './parse.js';
import type { Bundle } from './schema.js';

let bundle: Bundle | undefined;

/** The article's own bundle (`data/moscow-summit-2023.json`), validated on first use. */
export function defaultBundle(): Bundle {
  return (bundle ??= parseBundle(json));
}
