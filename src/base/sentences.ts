import { html, type TemplateResult } from 'lit';
import { dirOf } from './localize.js';

/*
 * Interface sentences with the bundle's words inside them, each part in its own language. Apart from the shared
 * templates (`templates.ts`), so that only the elements that write such sentences load them.
 */

/**
 * Stands in for the bundle's words when an interface sentence is made (`t.term('sourceQuote', SLOT)`), so that they
 * can be put back marked with their own language: each locale keeps its own word order ("Quote by X", "X的引语").
 */
export const SLOT = '\uE000';

/** An interface sentence made with {@link SLOT} for an argument, cut around it: the words before and after. */
export function aroundSlot(sentence: string): [before: string, after: string] {
  const at = sentence.indexOf(SLOT);
  return at < 0 ? [`${sentence} `, ''] : [sentence.slice(0, at), sentence.slice(at + SLOT.length)];
}

/** The bundle's words inside the interface's: marked with the bundle's language, and isolated in its direction. */
export const contentSpan = (text: string, lang: string): TemplateResult =>
  html`<span lang=${lang} dir=${dirOf(lang)}>${text}</span>`;

/**
 * An interface sentence (made with {@link SLOT}) with the bundle's `content` where the slot was: a string (marked
 * with the bundle's `lang`) or a template that marks its own parts ({@link namesTemplate}).
 */
export function inSentence(sentence: string, content: string | TemplateResult, lang: string): TemplateResult {
  const [before, after] = aroundSlot(sentence);
  return html`${before}${typeof content === 'string' ? contentSpan(content, lang) : content}${after}`;
}

/**
 * Names joined as the interface language `ui` joins them ("Vladimir Putin and Xi Jinping"), each name marked with
 * the bundle's `lang`; the joining words ("and", "і", "和") stay the interface's.
 */
export const namesTemplate = (names: readonly string[], ui: string, lang: string): TemplateResult =>
  html`${nameParts(names, ui).map((part) => (part.name ? contentSpan(part.text, lang) : part.text))}`;

/** Names joined as the language joins them, in pieces: each name, and the words between ("Putin", " and ", "Xi"). */
export function nameParts(names: readonly string[], lang: string): { text: string; name: boolean }[] {
  try {
    return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' })
      .formatToParts(names)
      .map((part) => ({ text: part.value, name: part.type === 'element' }));
  } catch {
    return names.flatMap((text, i) => [...(i ? [{ text: ', ', name: false }] : []), { text, name: true }]);
  }
}
