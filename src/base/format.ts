/** Text formatting shared by the elements, in the language of the text around it (interface or content). */

/** A calendar date (`YYYY-MM-DD`) as the reader's language writes it ("March 21, 2023"), read as UTC. */
export function formatDate(iso: string, lang: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return iso;
  }
}

/** A quotation's `lang` attribute: its language when that differs from the text around it, else none. */
export const quoteLang = (lang: string | undefined, around: string): string | undefined =>
  lang && lang !== around ? lang : undefined;

/**
 * Quotation marks as the language's newspapers print them: « » in Russian, Ukrainian, Arabic and French, “ ” in
 * English and mainland Chinese (「」 belongs to Traditional Chinese print), „ “ in German and Czech.
 */
export function quoteMarks(lang: string): readonly [string, string] {
  const primary = lang.toLowerCase().split('-')[0];
  if (primary === 'ru' || primary === 'uk' || primary === 'be' || primary === 'ar' || primary === 'fa')
    return ['«', '»'];
  if (primary === 'fr') return ['«\u202f', '\u202f»'];
  if (primary === 'de' || primary === 'cs') return ['„', '“'];
  if (primary === 'zh' && /-(hant|tw|hk|mo)(-|$)/i.test(lang)) return ['「', '」'];
  return ['“', '”'];
}

/** A quotation for the clipboard: “text” — Name, role, in the marks of `lang`. */
export const quotedText = (text: string, attribution: string, lang: string): string => {
  const [open, close] = quoteMarks(lang);
  return `${open}${text}${close} — ${attribution}`;
};
