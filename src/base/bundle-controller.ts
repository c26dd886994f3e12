import { ContextConsumer } from '@lit/context';
import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { SummitError } from '../data/errors.js';
import type { Bundle } from '../data/schema.js';
import { validate } from '../data/validate.js';
import { bundleContext, type BundleState } from './context.js';
import { getDefaultBundle } from './default-bundle.js';
import { emit } from './events.js';
import type { SummitLocalize } from './localize.js';
import type { SrcFetch } from './src-fetch.js';
import { errorTemplate, loadingTemplate } from './templates.js';

/** What the controller needs from its element. */
export interface BundleHost extends ReactiveControllerHost, HTMLElement {
  src?: string | undefined;
  bundle?: unknown;
  timeout?: number | undefined;
}

/**
 * Where the element's data stands in this update: a bundle to render, a load still under way, or a problem to show.
 * `quiet` problems belong to a surrounding `<summit-data>`, which shows and reports them itself.
 */
type View = { bundle: Bundle } | { pending: true } | { error: SummitError; quiet?: boolean };

export function asSummitError(error: unknown): SummitError {
  if (error instanceof SummitError) return error;
  return new SummitError(
    'invalid-bundle',
    `Unexpected problem: ${error instanceof Error ? error.message : String(error)}`,
  );
}

const noop = (): void => undefined;

/**
 * Gives an element its bundle, from (in order) its `bundle` property, its `src`, the nearest `<summit-data>`, or the
 * default bundle, and renders the loading and error states for it, so every element shows them the same way.
 *
 * Data already in hand (the property, a provider that has its bundle, the default bundle) is resolved synchronously
 * in the host's `willUpdate` ({@link BundleController.resolve}), so the first render shows the content — in the browser
 * and on the server, where only `willUpdate` and `render` run. Only a `src` fetch goes through a `@lit/task` Task
 * ({@link SrcFetch}, loaded with the first `src`, in the browser only); it is aborted when the host leaves the page and
 * re-run if it returns.
 * Each failure is shown inside the element and reported once through `summit-error`; nothing is thrown to the page.
 */
export class BundleController implements ReactiveController {
  /**
   * Asks the nearest `<summit-data>` for its bundle; made the first time the element has neither `bundle` nor `src`,
   * so an element given its bundle (a takeaway inside an explainer, each quote card inside a takeaway) never sends
   * the request up the page.
   */
  #consumer?: ContextConsumer<typeof bundleContext, BundleHost>;
  /** The `src` fetch, loaded and made with the first `src`: an element shown from data at hand never downloads it. */
  #fetch?: SrcFetch;
  /** Its module on its way. */
  #fetchImport?: Promise<void>;
  /** The `src` for which that module did not load (tried again for another `src`, or when the host returns). */
  #importFailedFor?: string;
  /** The last `bundle` property validated, and what came of it (validation runs once per object). */
  #parsedInput?: unknown;
  #parsed?: View;
  /** Settles when a `bundle` property waiting for the validator has been checked and rendered. */
  #parsing?: Promise<void>;
  #view: View = { pending: true };
  /** The problem shown in this update (a failed load or an unknown id), reported after the update. */
  #problem?: SummitError;
  #reported?: string;
  /** The host left the page while its fetch was pending: the fetch was aborted and runs again on return. */
  #interrupted = false;

  readonly #host: BundleHost;
  /** The element's interface strings, for the loading and error states. */
  readonly #t: SummitLocalize | undefined;

  constructor(host: BundleHost, t?: SummitLocalize) {
    this.#host = host;
    this.#t = t;
    host.addController(this);
  }

  /**
   * Loads the `src` fetch's module (once; again after it failed, for another `src`) and runs it when it arrives,
   * unless the host has left the page by then (it runs when the host returns).
   */
  #startFetch(): void {
    const host = this.#host;
    if (this.#fetch || this.#fetchImport || !host.src || host.bundle != null || this.#importFailedFor === host.src)
      return;
    this.#importFailedFor = undefined;
    this.#fetchImport = import('./src-fetch.js').then(
      ({ SrcFetch }) => {
        this.#fetch = new SrcFetch(host);
        if (host.isConnected) this.#fetch.run();
        else this.#interrupted = true;
      },
      () => {
        this.#fetchImport = undefined;
        this.#importFailedFor = host.src;
        host.requestUpdate();
      },
    );
  }

  /** In the browser only (the server never fetches): a `src` without its fetch yet starts loading it. */
  hostUpdate(): void {
    this.#startFetch();
  }

  hostConnected(): void {
    if (this.#importFailedFor !== undefined) {
      this.#importFailedFor = undefined;
      this.#host.requestUpdate();
    }
    if (!this.#interrupted) return;
    this.#interrupted = false;
    this.#fetch?.run();
  }

  /** Off the page with a fetch under way: give it up (a move — removed and inserted in one task — keeps it). */
  hostDisconnected(): void {
    queueMicrotask(() => {
      if (this.#host.isConnected) return;
      if (!this.#fetch) {
        // Its module is still on its way: the fetch starts when the host returns.
        if (this.#fetchImport) this.#interrupted = true;
        return;
      }
      if (!this.#fetch.pending) return;
      this.#interrupted = true;
      this.#fetch.abort(new DOMException('The element left the page.', 'AbortError'));
    });
  }

  /** Starts the `src` fetch before the first update (a server-rendered host keeps its DOM until it arrives). */
  load(): void {
    if (!this.#fetch) this.#startFetch();
    else if (!this.#fetch.pending) this.#fetch.run();
  }

  /** After each update in the browser: fires `summit-error` once per distinct problem, never while off the page. */
  hostUpdated(): void {
    const problem = this.#problem;
    if (!problem) {
      this.#reported = undefined;
      return;
    }
    const key = `${problem.code}|${problem.message}`;
    if (this.#reported === key || !this.#host.isConnected) return;
    this.#reported = key;
    emit(this.#host, 'summit-error', {
      code: problem.code,
      message: problem.message,
      ...(problem.issues ? { issues: problem.issues } : {}),
    });
  }

  /** Works out, synchronously, where the data stands; the host calls this once per update, in `willUpdate`. */
  resolve(): void {
    const host = this.#host;
    this.#view = this.#currentView(host);
    this.#problem = 'error' in this.#view && !this.#view.quiet ? this.#view.error : undefined;
  }

  /** Shows `error` instead of the content in this update (an unknown id found while resolving the host's item). */
  fail(error: unknown): void {
    const summitError = asSummitError(error);
    this.#view = { error: summitError };
    this.#problem = summitError;
  }

  /**
   * Validates a `bundle` property once per object: at once when the validator is at hand (the npm build, or after the
   * first foreign bundle), else after the CDN file has loaded it beside itself — one loading frame, then a re-render.
   */
  #validate(input: unknown): void {
    this.#parsedInput = input;
    this.#parsing = undefined;
    let result: Bundle | Promise<Bundle>;
    try {
      result = validate(input);
    } catch (error) {
      this.#parsed = { error: asSummitError(error) };
      return;
    }
    if (!(result instanceof Promise)) {
      this.#parsed = { bundle: result };
      return;
    }
    this.#parsed = { pending: true };
    this.#parsing = result
      .then(
        (bundle): View => ({ bundle }),
        (error: unknown): View => ({ error: asSummitError(error) }),
      )
      .then((view) => {
        if (this.#parsedInput !== input) return;
        this.#parsed = view;
        this.#host.requestUpdate();
        return this.#host.updateComplete.then(noop);
      });
  }

  #currentView(host: BundleHost): View {
    if (host.bundle !== undefined && host.bundle !== null) {
      if (this.#parsedInput !== host.bundle || !this.#parsed) this.#validate(host.bundle);
      return this.#parsed ?? { pending: true };
    }
    if (host.src) {
      if (this.#importFailedFor === host.src) {
        const message = `Could not load ${host.src}: summit-kit's loader did not load (network error).`;
        return { error: new SummitError('network-error', message) };
      }
      const result = this.#fetch?.result(host.src);
      if (result && 'bundle' in result) return result;
      if (result && !this.#interrupted) return { error: asSummitError(result.error) };
      return { pending: true };
    }
    // Made on a connected host, the consumer asks at once, and a provider answers before this line returns.
    this.#consumer ??= new ContextConsumer(host, { context: bundleContext, subscribe: true });
    const provided: BundleState | undefined = this.#consumer.value;
    if (provided) {
      if ('bundle' in provided) return { bundle: provided.bundle };
      if ('error' in provided) return { error: provided.error, quiet: true };
      return { pending: true };
    }
    const fallback = getDefaultBundle();
    if (fallback) return { bundle: fallback };
    return { error: new SummitError('no-bundle', 'No bundle to show: set the src attribute or the bundle property.') };
  }

  /** The bundle this update renders, if there is one. */
  get value(): Bundle | undefined {
    return 'bundle' in this.#view ? this.#view.bundle : undefined;
  }

  /** The state to hand on to other elements (what `<summit-data>` provides). */
  get state(): BundleState {
    if ('bundle' in this.#view) return { bundle: this.#view.bundle };
    if ('error' in this.#view) return { error: this.#view.error };
    return { pending: this.settled };
  }

  /** Whether the data is still on its way. */
  get pending(): boolean {
    return 'pending' in this.#view;
  }

  /** Settles (never rejects) when the load under way ends; at once when nothing is loading. */
  get settled(): Promise<void> {
    if (!this.pending) return Promise.resolve();
    if (this.#host.bundle != null && this.#parsing) return this.#parsing;
    const provided = this.#consumer?.value;
    if (!this.#host.src && provided && 'pending' in provided) return provided.pending;
    // The fetch's module first, if it is on its way: the fetch runs as soon as it arrives.
    return this.#host.updateComplete
      .then(() => this.#fetchImport)
      .then(() => this.#fetch?.complete)
      .then(noop, noop);
  }

  /**
   * Renders `complete(bundle)` when there is a bundle; the loading or error state otherwise — the one loading and
   * error path every element shares.
   */
  render(
    complete: (bundle: Bundle) => TemplateResult | typeof nothing,
    loading: () => TemplateResult | typeof nothing = () => loadingTemplate(this.#t),
  ): TemplateResult | typeof nothing {
    const view = this.#view;
    if ('bundle' in view) return complete(view.bundle);
    if ('error' in view) return view.quiet ? nothing : errorTemplate(view.error, this.#t);
    return loading();
  }
}
