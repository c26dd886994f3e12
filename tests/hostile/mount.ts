import { fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { SummitElement } from '../../src/base/summit-element.js';

/** One of every element, as a page would place them; `<summit-data>` feeds the quote card inside it. */
export const ELEMENTS: readonly { tag: string; attributes: Record<string, string> }[] = [
  { tag: 'quote-card', attributes: { quote: 'daly-peacemaker' } },
  { tag: 'summit-takeaway', attributes: { takeaway: '1', open: '' } },
  { tag: 'reaction-panel', attributes: {} },
  { tag: 'summit-explainer', attributes: {} },
  { tag: 'summit-declaration', attributes: {} },
  { tag: 'summit-related', attributes: {} },
  { tag: 'summit-corrections', attributes: {} },
  { tag: 'summit-data', attributes: {} },
];

export interface Mounted {
  el: SummitElement;
  /** `summit-error` events fired by the element itself (not by the elements it renders inside). */
  errors: string[];
}

/** Mounts every element with `prepare` applied before it connects; resolves once all have loaded and rendered. */
export async function mountAll(
  prepare: (el: SummitElement) => void,
  into?: HTMLElement,
): Promise<{ host: HTMLElement; mounted: Mounted[] }> {
  const host = into ?? (await fixture<HTMLDivElement>(html`<div></div>`));
  const mounted = ELEMENTS.map(({ tag, attributes }) => {
    const el = document.createElement(tag) as unknown as SummitElement;
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    if (tag === 'summit-data') el.append(document.createElement('quote-card'));
    if (tag === 'summit-corrections') el.append(Object.assign(document.createElement('p'), { textContent: 'Text.' }));
    el.firstElementChild?.setAttribute('quote', 'daly-peacemaker');
    const errors: string[] = [];
    el.addEventListener('summit-error', (e) => {
      if (e.composedPath()[0] === el) errors.push(e.detail.code);
    });
    prepare(el);
    host.append(el);
    return { el, errors };
  });
  // The first update starts each load; `ready` then waits for it to settle.
  await Promise.all(mounted.map(({ el }) => el.updateComplete));
  await Promise.all(mounted.map(({ el }) => el.ready));
  await Promise.all(mounted.map(({ el }) => el.updateComplete));
  return { host, mounted };
}

/** Every element under `root`, through open shadow roots. */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}

/** Text the reader sees in `el` (its shadow tree, nested ones, and its children), whitespace collapsed. */
export function visibleText(el: Element): string {
  const parts: string[] = [];
  const walk = (root: Node) => {
    for (const node of root.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      walk(node);
      if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    }
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  walk(el);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** How an element ended: content and no event, or one message and one `summit-error` (or hidden on purpose). */
export function outcome({ el, errors }: Mounted): string {
  const alert = deepElements(el.shadowRoot ?? el).find((node) => node.getAttribute('role') === 'alert');
  const inner = el.tagName === 'SUMMIT-DATA' ? el.querySelector('quote-card')?.shadowRoot?.textContent : '';
  const text = `${el.shadowRoot?.textContent ?? ''} ${inner ?? ''}`.replace(/\s+/g, ' ').trim();
  if (alert) {
    const message = alert.textContent.replace(/\s+/g, ' ').trim();
    return message && errors.length === 1 ? 'error' : `an error shown with "${message}" and ${errors.length} events`;
  }
  if (text.startsWith('Loading')) return 'still loading';
  // <summit-related> with no related story hides itself, as documented.
  if (!text && el.hidden) return 'hidden';
  if (!text) return 'blank';
  return errors.length === 0 ? 'rendered' : `rendered but fired ${errors.join(', ')}`;
}
