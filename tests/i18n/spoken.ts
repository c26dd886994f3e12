/**
 * What an element says to a reader, eye and ear: every text node of its shadow tree (nested elements' shadow trees
 * too) and every attribute a screen reader announces, each with the language and direction it is in.
 */

import { langAt } from '../../src/base/localize.js';

/** One thing the element says. */
export interface Said {
  text: string;
  /** The nearest `lang` (stepping out of shadow roots). */
  lang: string;
  /** The computed `direction` of the element holding it. */
  dir: string;
  /** `text`, or the attribute's name. */
  where: string;
}

/** Attributes that are shown or announced. */
const SPOKEN_ATTRIBUTES = [
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'alt',
  'placeholder',
];

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Everything `el` says from its shadow root down (not the light DOM a page slots into it). */
export function spoken(el: Element): Said[] {
  const said: Said[] = [];
  const visit = (root: ShadowRoot): void => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Text) {
        const holder = node.parentElement;
        const text = collapse(node.data);
        if (!holder || !text || holder.localName === 'style') continue;
        said.push({ text, lang: langAt(holder), dir: getComputedStyle(holder).direction, where: 'text' });
      } else if (node instanceof Element) {
        for (const name of SPOKEN_ATTRIBUTES) {
          const text = collapse(node.getAttribute(name) ?? '');
          if (text) said.push({ text, lang: langAt(node), dir: getComputedStyle(node).direction, where: name });
        }
        if (node.shadowRoot) visit(node.shadowRoot);
      }
    }
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  return said;
}

/** Every string in a bundle (ids, names, text), longest first: the content an element shows as it is. */
export function contentStrings(value: unknown): string[] {
  const found = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      const text = collapse(v);
      if (text.length > 1) found.add(text);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(value);
  return [...found].sort((a, b) => b.length - a.length);
}

/** `text` with every bundle string taken out: what is left is the interface's. */
export function withoutContent(text: string, content: readonly string[]): string {
  let rest = text;
  for (const s of content) if (rest.includes(s)) rest = rest.split(s).join(' ');
  return collapse(rest);
}
