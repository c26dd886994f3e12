import { fixture, html, oneEvent } from '@open-wc/testing';
import type { SummitElement } from '../src/base/summit-element.js';
import type { SummitErrorDetail } from '../src/base/events.js';
import { defaultBundle } from '../src/data/article-bundle.js';
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

/**
 * A controllable clock for `setTimeout` / `clearTimeout` (the element's own timers): nothing runs until `tick`.
 * While it is installed, wait with {@link frameUntil} rather than `waitUntil` (which polls with `setTimeout`).
 */
export function fakeTimeouts(): { delays: () => number[]; tick: (ms: number) => void; restore: () => void } {
  const realSet = window.setTimeout.bind(window);
  const realClear = window.clearTimeout.bind(window);
  let now = 0;
  let nextId = 1;
  const pending = new Map<number, { at: number; run: () => void }>();
  window.setTimeout = ((handler: TimerHandler, ms = 0, ...args: unknown[]) => {
    const id = nextId++;
    if (typeof handler !== 'function') throw new TypeError('fakeTimeouts: string handlers are not supported');
    pending.set(id, { at: now + ms, run: () => void (handler as (...a: unknown[]) => unknown)(...args) });
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) pending.delete(id);
  }) as typeof window.clearTimeout;
  return {
    delays: () => [...pending.values()].map((timer) => timer.at - now),
    tick(ms) {
      now += ms;
      const due = [...pending].filter(([, timer]) => timer.at <= now).sort(([, a], [, b]) => a.at - b.at);
      for (const [id, timer] of due) {
        pending.delete(id);
        timer.run();
      }
    },
    restore() {
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
    },
  };
}

/** Waits, frame by frame, until `predicate` holds (for use while timers are faked); fails after about 10 s. */
export async function frameUntil(predicate: () => boolean, message: string, frames = 600): Promise<void> {
  for (let i = 0; i < frames; i++) {
    if (predicate()) return;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  throw new Error(`frameUntil: ${message}`);
}

/**
 * A bundle URL the test server holds until `release()` (or forever): the loading state stays on screen as long as
 * the test needs it, with no timer. `as: 'b'` answers with a bundle that names Robert Daly "(bundle B)".
 */
export function gated(options: { as?: 'b' } = {}): { url: string; release: () => Promise<void> } {
  const id = Math.random().toString(36).slice(2);
  const url = `/test-api/gate.json?id=${id}${options.as ? `&as=${options.as}` : ''}`;
  return {
    url,
    release: async () => {
      await fetch(`/test-api/release?id=${id}`);
    },
  };
}

/** Resolves true once the test server saw the browser abort `url` (false after `ms`, so a failing test ends). */
export const wasAborted = async (url: string, ms = 5000): Promise<boolean> =>
  (await fetch(`/test-api/aborted?of=${encodeURIComponent(url)}&ms=${ms}`).then((r) => r.json())) as boolean;

/** One request made through {@link heldFetch}: its URL, its signal, and how to answer it. */
export interface HeldRequest {
  url: string;
  signal: AbortSignal | undefined;
  /** Answers with `body` (JSON) and a 200. */
  respond: (body: unknown) => void;
}

/**
 * Replaces `fetch` with one whose requests wait until the test answers them (no server, no timer), so the loader's
 * sharing and aborting can be checked exactly. An aborted request rejects as a real one does.
 */
export function heldFetch(): { requests: HeldRequest[]; restore: () => void } {
  const original = window.fetch.bind(window);
  const requests: HeldRequest[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const signal = init?.signal ?? undefined;
      signal?.addEventListener(
        'abort',
        () => {
          reject(signal.reason as Error);
        },
        { once: true },
      );
      requests.push({
        url: input instanceof Request ? input.url : input instanceof URL ? input.href : input,
        signal,
        respond: (body) => {
          resolve(new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }));
        },
      });
    });
  return {
    requests,
    restore: () => {
      window.fetch = original;
    },
  };
}

/**
 * Mounts an element of class `Element` (already defined) with `attributes` set before it is on the page, as a parser
 * or a framework does; waits until it has rendered, and returns it with every attribute it then wrote on itself, as
 * `name: old → new`. It is mounted in a fixture, so the page is cleaned up after the test like any other.
 */
export async function attributeWrites<T extends SummitElement>(
  Element: new () => T,
  attributes: Record<string, string>,
): Promise<{ el: T; writes: string[] }> {
  const el = new Element();
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((list) => records.push(...list));
  observer.observe(el, { attributes: true, attributeOldValue: true });
  (await fixture(html`<div></div>`)).append(el);
  await settle(el);
  records.push(...observer.takeRecords());
  observer.disconnect();
  return { el, writes: records.map((r) => `${r.attributeName}: ${r.oldValue} → ${el.getAttribute(r.attributeName!)}`) };
}
