import { BundleError, SummitError } from './errors.js';
import { parseBundle } from './parse.js';
import type { Bundle } from './schema.js';

/** How long a bundle fetch may take before it fails with `timeout`. */
export const DEFAULT_TIMEOUT_MS = 10_000;

const cache = new Map<string, Promise<Bundle>>();

async function fetchBundle(url: string, timeoutMs: number): Promise<Bundle> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
  } catch (error) {
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
    return parseBundle(json);
  } catch (error) {
    throw error instanceof BundleError ? new BundleError(error.issues, url) : error;
  }
}

/** Rejects with an AbortError when `signal` aborts, so a caller can stop waiting on a shared fetch. */
function abortable<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  signal.throwIfAborted();
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      reject(signal.reason as Error);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', onAbort);
    });
  });
}

/**
 * Fetches and validates the bundle at `url`, once per URL: ten elements that ask for the same URL share one request.
 * A failed load is forgotten, so asking again retries. `signal` stops this caller waiting (a superseded `src`);
 * the shared request carries on for the others.
 */
export function loadBundle(url: string, options: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<Bundle> {
  const key = new URL(url, (globalThis as { location?: Location }).location?.href).href;
  let pending = cache.get(key);
  if (!pending) {
    pending = fetchBundle(url, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
  }
  return abortable(pending, options.signal);
}

/** Forgets every cached bundle (for tests, or a page that knows a bundle changed). */
export function clearBundleCache(): void {
  cache.clear();
}
