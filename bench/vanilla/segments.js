// A paragraph cut at each of its quotations (found verbatim, their quotation marks dropped), for the reference
// elements: the same rule as summit-kit's segmentParagraph, written out again so the reference shares no code with it.
const OPEN = '“"‘';
const CLOSE = '”"’';

export function segmentParagraph(paragraph, quotes) {
  const segments = [];
  let rest = paragraph;
  for (;;) {
    let best;
    for (const quote of quotes) {
      const at = rest.indexOf(quote.text);
      if (at >= 0 && (!best || at < best.at || (at === best.at && quote.text.length > best.quote.text.length))) {
        best = { at, quote };
      }
    }
    if (!best) break;
    let end = best.at + best.quote.text.length;
    const open = best.at > 0 && OPEN.includes(rest[best.at - 1]) ? 1 : 0;
    // Punctuation inside the closing mark but not in the quotation (`terms,”`) stays with the quotation.
    if (end + 1 < rest.length && ',.;:!?'.includes(rest[end]) && CLOSE.includes(rest[end + 1])) end += 1;
    const close = end < rest.length && CLOSE.includes(rest[end]) ? 1 : 0;
    if (best.at - open > 0) segments.push({ text: rest.slice(0, best.at - open) });
    segments.push({ quote: best.quote, text: rest.slice(best.at, end) });
    rest = rest.slice(end + close);
  }
  if (rest) segments.push({ text: rest });
  return segments;
}
