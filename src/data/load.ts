import { BundleError, SummitError } from './errors.js';
import type { Bundle } from './schema.js';
import { DEFAULT_TIMEOUT_MS } from './fetcher.js';
import { validate } from './validate.js';

export { DEFAULT_TIMEOUT_MS };

/** The largest bundle body read, in bytes (the article's is about 29 KB): a bigger one fails with `too-large`. */
export const MAX_BUNDLE_BYTES = 2 * 1024 * 1024;

/** `setTimeout` fires at once beyond this many milliseconds, so longer timeouts are clamped to it. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** One request, shared by everyone who asked for its URL. */
interface Load {
  promise: Promise<Bundle>;
  controller: AbortController;
  /** Callers still waiting for it; when the last one stops waiting, the request is aborted. */
  waiting: number;
  settled: boolean;
}

const cache = new Map<string, Load>();

/** A URL as it appears in a message: a 1 MB `data:` URL is not repeated to the reader. */
const shown = (url: string): string => (url.length > 120 ? `${url.slice(0, 119)}…` : url);

/** Reads the body as text, stopping (and cancelling the stream) as soon as it passes `MAX_BUNDLE_BYTES`. */
async function readText(response: Response, url: string): Promise<string> {
  const tooLarge = () =>
    new SummitError('too-large', `${shown(url)} is larger than ${MAX_BUNDLE_BYTES / 1024 / 1024} MB, the most read.`);
  if (Number(response.headers.get('content-length')) > MAX_BUNDLE_BYTES) throw tooLarge();
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > MAX_BUNDLE_BYTES) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
}

async function fetchBundle(key: string, url: string, signal: AbortSignal): Promise<Bundle> {
  let response: Response;
  try {
    response = await fetch(key, { signal, headers: { accept: 'application/json' } });
  } catch {
    if (signal.aborted) throw signal.reason as Error;
    throw new SummitError('network-error', `Could not reach ${shown(url)} (network error).`);
  }
  if (!response.ok) {
    throw new SummitError(
      'http-error',
      `Could not load ${shown(url)}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
    );
  }
  // An HTML page with a 200 is a login page, a CMS's "not found" page or a single-page app's fallback: say so,
  // rather than "not JSON". Any other type (octet-stream, text/plain, none) is read: the body is only ever parsed
  // as JSON and validated, never run or shown as markup, and many static hosts label .json files loosely.
  const type = response.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml') {
    void response.body?.cancel().catch(() => undefined);
    throw new SummitError('invalid-json', `${shown(url)} is not JSON: it was served as a web page (${type}).`);
  }
  let text: string;
  try {
    text = await readText(response, url);
  } catch (error) {
    if (error instanceof SummitError) throw error;
    if (signal.aborted) throw signal.reason as Error;
    throw new SummitError('network-error', `The connection dropped while loading ${shown(url)}.`);
  }
  if (!text.trim()) throw new SummitError('invalid-json', `${shown(url)} is empty (HTTP ${response.status}).`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new SummitError('invalid-json', `${shown(url)} is not JSON.`);
  }
  try {
    return await validate(json);
  } catch (error) {
    throw error instanceof BundleError ? new BundleError(error.issues, shown(url)) : error;
  }
}

/** The request for `key`, started when nobody has one in flight or cached. */
function sharedLoad(key: string, url: string): Load {
  const cached = cache.get(key);
  if (cached) return cached;
  const controller = new AbortController();
  const load: Load = { controller, waiting: 0, settled: false, promise: fetchBundle(key, url, controller.signal) };
  load.promise.then(
    () => (load.settled = true),
    () => {
      load.settled = true;
      if (cache.get(key) === load) cache.delete(key);
    },
  );
  cache.set(key, load);
  return load;
}

/**
 * Fetches and validates the bundle at `url`, once per URL: ten elements that ask for the same URL share one request.
 * A failed load is forgotten, so asking again retries. Each caller has its own `timeoutMs` (default 10 s) and may
 * stop waiting through `signal` (its `src` changed, it left the page); when every caller has stopped waiting, the
 * request itself is aborted. Only http(s) URLs are fetched: anything else fails with `invalid-url`.
 */
export function loadBundle(url: string, options: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<Bundle> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(signal.reason as Error);
  let key: string;
  try {
    key = new URL(url, (globalThis as { location?: Location }).location?.href).href;
  } catch {
    return Promise.reject(new SummitError('invalid-url', `"${shown(url)}" is not a URL.`));
  }
  if (!/^https?:/.test(key)) {
    return Promise.reject(
      new SummitError('invalid-url', `Refused to load ${shown(url)}: bundles are fetched only from http(s) URLs.`),
    );
  }
  const requested = options.timeoutMs;
  const timeoutMs = requested !== undefined && requested > 0 ? requested : DEFAULT_TIMEOUT_MS;
  const shared = sharedLoad(key, url);
  shared.waiting++;
  return new Promise<Bundle>((resolve, reject) => {
    let done = false;
    const finish = (settle: () => void) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      settle();
    };
    const stopWaiting = (reason: Error) => {
      finish(() => {
        reject(reason);
        shared.waiting--;
        if (shared.waiting === 0 && !shared.settled) {
          if (cache.get(key) === shared) cache.delete(key);
          shared.controller.abort();
        }
      });
    };
    const onAbort = () => {
      stopWaiting(signal?.reason as Error);
    };
    const timer =
      timeoutMs === Infinity
        ? undefined
        : setTimeout(
            () => {
              stopWaiting(new SummitError('timeout', `Loading ${shown(url)} took longer than ${timeoutMs / 1000} s.`));
            },
            Math.min(timeoutMs, MAX_TIMER_MS),
          );
    signal?.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (bundle) => {
        finish(() => {
          resolve(bundle);
        });
      },
      (error: unknown) => {
        finish(() => {
          reject(error instanceof Error ? error : new Error(String(error)));
        });
      },
    );
  });
}

/** Forgets every cached bundle (for tests, or a page that knows a bundle changed). */
export function clearBundleCache(): void {
  cache.clear();
}
