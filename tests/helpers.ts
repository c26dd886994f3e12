import { oneEvent } from '@open-wc/testing';
import type { SummitElement } from '../src/base/summit-element.js';
import type { SummitErrorDetail } from '../src/base/events.js';
import { defaultBundle } from '../src/data/default-bundle.js';
import type { Bundle } from '../src/data/schema.js';

/** A deep copy of the default bundle to break in one test without touching the others. */
export const cloneBundle = (): Bundle => structuredClone(defaultBundle());

/** The element's rendered text, whitespace collapsed: what a reader sees. */
export const shadowText = (el: Element, selector?: string): string => {
  const root = selector ? el.shadowRoot?.querySelector(selector) : el.shadowRoot;
  return (root?.textContent ?? '').replace(/\s+/g, ' ').trim();
};

/** Waits for the element to load its data and render (a server-rendered one left unhydrated is already there). */
export async function settle<T extends SummitElement>(el: T): Promise<T> {
  if (el.hasAttribute('defer-hydration')) return el;
  await el.ready;
  await el.updateComplete;
  return el;
}

/** Resolves with the next `summit-error` from `el`. */
export const nextError = (el: Element): Promise<CustomEvent<SummitErrorDetail>> => oneEvent(el, 'summit-error');

/** A test-server URL unique to this call, so request counts are not mixed between tests or browsers. */
export const uniqueUrl = (path: string): string =>
  `${path}${path.includes('?') ? '&' : '?'}run=${Math.random().toString(36).slice(2)}`;

/** How many times the test server was asked for exactly `url`. */
export const requestCount = async (url: string): Promise<number> =>
  (await fetch(`/test-api/count?of=${encodeURIComponent(url)}`).then((r) => r.json())) as number;
