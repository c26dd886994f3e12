/** Text formatting shared by the elements, in the bundle's language. */

/** A calendar date (`YYYY-MM-DD`) as the reader's language writes it ("March 21, 2023"), read as UTC. */
export function formatDate(iso: string, lang: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return iso;
  }
}

/** Names joined as the language joins them: "Vladimir Putin and Xi Jinping". */
export function joinNames(names: readonly string[], lang: string): string {
  try {
    return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}

/** A quotation's `lang` attribute: its language when that differs from the text around it, else none. */
export const quoteLang = (lang: string | undefined, around: string): string | undefined =>
  lang && lang !== around ? lang : undefined;
