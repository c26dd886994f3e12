/**
 * `summit-kit/define.js`: registers nothing until you call `define()`, so you can choose the tag names first.
 * The article's bundle is the default data, as with `import 'summit-kit'`.
 */
import './use-article-bundle.js';

export { define, elements, type SummitTagName } from './register.js';
