import { initialState, Task as LitTask, TaskStatus } from '@lit/task';
import { loadBundle } from '../data/load.js';
import type { Bundle } from '../data/schema.js';
import type { BundleHost } from './bundle-controller.js';

// The other on-demand users of the network code take it from here, so that one file beside the CDN file holds it:
// the fetcher behind the CDN file's `loadBundle` (src/data/fetcher.ts) and the correction form's POST.
export { clearBundleCache, loadBundle } from '../data/load.js';
export { initialState, TaskStatus };

/**
 * `@lit/task`'s Task, as the correction form uses it. Declared in this module rather than re-exported: the form then
 * depends on this module, and the bundler keeps `@lit/task` here instead of in a third file of its own.
 */
export class Task<const T extends readonly unknown[] = readonly unknown[], const R = unknown> extends LitTask<T, R> {}

const noop = (): void => undefined;

/**
 * An element's `src` fetch, as a `@lit/task` Task (abort, stale-result guard, pending state). This module loads with
 * the element's first `src` (`summit-kit-load.js` beside the CDN file, with the fetcher and `@lit/task`), so an
 * element shown from data already in hand downloads none of it.
 */
export class SrcFetch {
  /** The `src` the last run started for: a new `src` shows the loading state, never the previous bundle. */
  #src?: string;
  readonly #task: Task<readonly [string | undefined, number | undefined], Bundle>;

  constructor(host: BundleHost) {
    this.#task = new Task(host, {
      // `undefined` when a `bundle` is set: the property wins over the attribute.
      args: () => [host.bundle == null && host.src ? host.src : undefined, host.timeout] as const,
      task: ([src, timeoutMs], { signal }) => {
        this.#src = src;
        return src ? loadBundle(src, { signal, timeoutMs }) : initialState;
      },
    });
  }

  /** Whether a fetch is under way. */
  get pending(): boolean {
    return this.#task.status === TaskStatus.PENDING;
  }

  /** What the fetch of `src` came to: its bundle or its error; `undefined` while it is under way (or not started). */
  result(src: string): { bundle: Bundle } | { error: unknown } | undefined {
    if (this.#src !== src) return undefined;
    const { status, value, error } = this.#task;
    if (status === TaskStatus.COMPLETE && value) return { bundle: value };
    if (status === TaskStatus.ERROR) return { error };
    return undefined;
  }

  /** Settles (never rejects) when the run under way ends. */
  get complete(): Promise<void> {
    return this.#task.taskComplete.then(noop, noop);
  }

  /** Runs the fetch for the host's current `src` (the Task also runs by itself when `src` or `timeout` change). */
  run(): void {
    this.#task.run().catch(noop);
  }

  abort(reason: unknown): void {
    this.#task.abort(reason);
  }
}
