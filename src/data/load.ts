import { BundleError, SummitError } from './errors.js';
import type { Bundle } from './schema.js';
import { validate } from './validate.js';

/** How long a bundle fetch may take before it fails with `timeout`. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** One request, shared by everyone who asked for its URL. */
interface Load {
  promise: Promise<Bundle>;
  controller: AbortController;
  /** Callers that may still give up (they passed a signal). */
  waiting: number;
  /** A caller that passed no signal: the request must run to its end. */
  pinned: boolean;
  settled: boolean;
}

const cache = new Map<string, Load>();

async function fetchBundle(url: string, timeoutMs: number, signal: AbortSignal): Promise<Bundle> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
      headers: { accept: 'application/json' },
    });
  } catch (error) {
    if (signal.aborted) throw signal.reason as Error;
    if ((error as Error).name === 'TimeoutError') {
      throw new SummitError('timeout', `Loading ${url} took longer than ${timeoutMs / 1000} s.`);
    }
    throw new SummitError('network-error', `Could not reach ${url} (network error).`);
  }
  if (!response.ok) {
    throw new SummitError(
      'http-error',
      `Could not load ${url}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
    );
  }
  let text: string;
  try {
    text = await response.text();
  } catch {
    throw new SummitError('network-error', `The connection dropped while loading ${url}.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new SummitError('invalid-json', `${url} is not JSON.`);
  }
  try {
    return await validate(json);
  } catch (error) {
    throw error instanceof BundleError ? new BundleError(error.issues, url) : error;
  }
}

/**
 * Fetches and validates the bundle at `url`, once per URL: ten elements that ask for the same URL share one request.
 * A failed load is forgotten, so asking again retries. `signal` lets a caller stop waiting (its `src` changed); when
 * every caller has stopped waiting, the request itself is aborted.
 */
export function loadBundle(url: string, options: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<Bundle> {
  const { signal } = options;
  signal?.throwIfAborted();
  const key = new URL(url, (globalThis as { location?: Location }).location?.href).href;
  let load = cache.get(key);
  if (!load) {
    const controller = new AbortController();
    const started: Load = {
      controller,
      waiting: 0,
      pinned: false,
      settled: false,
      promise: fetchBundle(url, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, controller.signal),
    };
    started.promise.then(
      () => (started.settled = true),
      () => {
        started.settled = true;
        if (cache.get(key) === started) cache.delete(key);
      },
    );
    cache.set(key, (load = started));
  }
  if (!signal) {
    load.pinned = true;
    return load.promise;
  }
  const shared = load;
  shared.waiting++;
  return new Promise<Bundle>((resolve, reject) => {
    const onAbort = () => {
      shared.waiting--;
      reject(signal.reason as Error);
      if (shared.waiting === 0 && !shared.pinned && !shared.settled) {
        if (cache.get(key) === shared) cache.delete(key);
        shared.controller.abort();
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });
    void shared.promise.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', onAbort);
    });
  });
}

/** Forgets every cached bundle (for tests, or a page that knows a bundle changed). */
export function clearBundleCache(): void {
  cache.clear();
}
