/** Side effect: makes the article's bundle the default for every element (the full entries import this). */
import { setDefaultBundle } from './base/default-bundle.js';
import { defaultBundle } from './data/article-bundle.js';

setDefaultBundle(defaultBundle);
