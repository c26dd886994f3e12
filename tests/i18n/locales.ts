import ar from '../../src/locales/ar.js';
import type { SummitTerms } from '../../src/locales/en.js';
import ru from '../../src/locales/ru.js';
import uk from '../../src/locales/uk.js';
import zhHans from '../../src/locales/zh-Hans.js';

/** The locales beside English, by the tag a page writes in `lang`. */
export const LOCALES: Record<string, SummitTerms> = { uk, ru, 'zh-Hans': zhHans, ar };
