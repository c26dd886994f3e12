import type { Quote } from './schema.js';

/*
 * Where a takeaway's quotations are in its paragraphs: kept apart from the look-ups (`lookup.ts`, which re-exports it)
 * so that only the elements that mark quotations up in running text load it.
 */

/** A paragraph cut into plain text and the quotations it contains, so a view can mark them up. */
export type Segment = { text: string } | { quote: Quote; text: string };

const OPEN = '“"‘';
const CLOSE = '”"’';
const PUNCTUATION = ',.;:!?';
/** Whether `char` (one character, or none past the end) is one of `set`. */
const among = (set: string, char: string | undefined): boolean => char !== undefined && set.includes(char);

/**
 * Splits a paragraph at each of the given quotations (found verbatim, with their surrounding quotation marks dropped:
 * `<q>` draws its own). Text outside quotations is returned unchanged, so joining the segments gives the paragraph
 * back, minus the marks around each quotation. A quotation's segment is its text, plus the punctuation mark the
 * article put inside the closing mark when the quotation itself does not end with it.
 */
export function segmentParagraph(paragraph: string, quotes: readonly Quote[]): Segment[] {
  const segments: Segment[] = [];
  let rest = paragraph;
  for (;;) {
    let best: { at: number; quote: Quote } | undefined;
    for (const quote of quotes) {
      const at = rest.indexOf(quote.text);
      if (at >= 0 && (!best || at < best.at || (at === best.at && quote.text.length > best.quote.text.length))) {
        best = { at, quote };
      }
    }
    if (!best) break;
    const { at, quote } = best;
    let end = at + quote.text.length;
    const open = among(OPEN, rest[at - 1]) ? 1 : 0;
    // Punctuation the article set inside the marks but the quotation left out (`terms,”`) stays inside, as written.
    if (among(PUNCTUATION, rest[end]) && among(CLOSE, rest[end + 1])) end += 1;
    // A closing mark may follow the text directly, or after punctuation the quotation kept inside it.
    const close = among(CLOSE, rest[end]) ? 1 : 0;
    if (at - open > 0) segments.push({ text: rest.slice(0, at - open) });
    segments.push({ quote, text: rest.slice(at, end) });
    rest = rest.slice(end + close);
  }
  if (rest) segments.push({ text: rest });
  return segments;
}
