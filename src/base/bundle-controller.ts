import { ContextConsumer } from '@lit/context';
import { initialState, Task, TaskStatus } from '@lit/task';
import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { SummitError } from '../data/errors.js';
import { loadBundle } from '../data/fetcher.js';
import type { Bundle } from '../data/schema.js';
import { validate } from '../data/validate.js';
import { bundleContext, type BundleState } from './context.js';
import { getDefaultBundle } from './default-bundle.js';
import { emit } from './events.js';
import type { SummitLocalize } from './localize.js';
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

/** Fetches the `src` (with the element's `timeout`); its arguments are `undefined` when a `bundle` is set. */
type SrcTask = Task<readonly [string | undefined, number | undefined], Bundle>;

/**
 * Gives an element its bundle, from (in order) its `bundle` property, its `src`, the nearest `<summit-data>`, or the
 * default bundle, and renders the loading and error states for it, so every element shows them the same way.
 *
 * Data already in hand (the property, a provider that has its bundle, the default bundle) is resolved synchronously
 * in the host's `willUpdate` ({@link BundleController.resolve}), so the first render shows the content — in the browser
 * and on the server, where only `willUpdate` and `render` run. Only a `src` fetch goes through a `@lit/task` Task
 * (abort, stale-result guard, pending state); it is aborted when the host leaves the page and re-run if it returns.
 * Each failure is shown inside the element and reported once through `summit-error`; nothing is thrown to the page.
 */
export class BundleController implements ReactiveController {
  private readonly consumer: ContextConsumer<typeof bundleContext, BundleHost>;
  /** The `src` fetch, made with the first `src`: an element shown from data at hand never runs a Task. */
  private task?: SrcTask;
  /** The `src` the task last started for: a new `src` shows the loading state, never the previous bundle. */
  private taskSrc?: string;
  /** The last `bundle` property validated, and what came of it (validation runs once per object). */
  private parsedInput?: unknown;
  private parsed?: View;
  /** Settles when a `bundle` property waiting for the validator has been checked and rendered. */
  private parsing?: Promise<void>;
  private view: View = { pending: true };
  /** The problem shown in this update (a failed load or an unknown id), reported after the update. */
  private problem?: SummitError;
  private reported?: string;
  /** The host left the page while its fetch was pending: the fetch was aborted and runs again on return. */
  private interrupted = false;

  constructor(
    private readonly host: BundleHost,
    /** The element's interface strings, for the loading and error states. */
    private readonly t?: SummitLocalize,
  ) {
    host.addController(this);
    this.consumer = new ContextConsumer(host, { context: bundleContext, subscribe: true });
  }

  /** The Task, made the first time it is needed (made in `willUpdate`, it runs in the same update). */
  private srcTask(): SrcTask {
    const { host } = this;
    this.task ??= new Task(host, {
      args: () => [host.bundle == null && host.src ? host.src : undefined, host.timeout] as const,
      task: ([src, timeoutMs], { signal }) => {
        this.taskSrc = src;
        if (!src) return initialState;
        return loadBundle(src, { signal, timeoutMs });
      },
    });
    return this.task;
  }

  hostConnected(): void {
    if (!this.interrupted) return;
    this.interrupted = false;
    void this.task?.run().catch(noop);
  }

  /** Off the page with a fetch under way: give it up (a move — removed and inserted in one task — keeps it). */
  hostDisconnected(): void {
    queueMicrotask(() => {
      if (this.host.isConnected || this.task?.status !== TaskStatus.PENDING) return;
      this.interrupted = true;
      this.task.abort(new DOMException('The element left the page.', 'AbortError'));
    });
  }

  /** Starts the `src` fetch before the first update (a server-rendered host keeps its DOM until it arrives). */
  load(): void {
    const task = this.srcTask();
    if (task.status !== TaskStatus.PENDING) void task.run().catch(noop);
  }

  /** After each update in the browser: fires `summit-error` once per distinct problem, never while off the page. */
  hostUpdated(): void {
    const problem = this.problem;
    if (!problem) {
      this.reported = undefined;
      return;
    }
    const key = `${problem.code}|${problem.message}`;
    if (this.reported === key || !this.host.isConnected) return;
    this.reported = key;
    emit(this.host, 'summit-error', {
      code: problem.code,
      message: problem.message,
      ...(problem.issues ? { issues: problem.issues } : {}),
    });
  }

  /** Works out, synchronously, where the data stands; the host calls this once per update, in `willUpdate`. */
  resolve(): void {
    const { host } = this;
    this.view = this.currentView(host);
    this.problem = 'error' in this.view && !this.view.quiet ? this.view.error : undefined;
  }

  /** Shows `error` instead of the content in this update (an unknown id found while resolving the host's item). */
  fail(error: unknown): void {
    const summitError = asSummitError(error);
    this.view = { error: summitError };
    this.problem = summitError;
  }

  /**
   * Validates a `bundle` property once per object: at once when the validator is at hand (the npm build, or after the
   * first foreign bundle), else after the CDN file has loaded it beside itself — one loading frame, then a re-render.
   */
  private validate(input: unknown): void {
    this.parsedInput = input;
    this.parsing = undefined;
    let result: Bundle | Promise<Bundle>;
    try {
      result = validate(input);
    } catch (error) {
      this.parsed = { error: asSummitError(error) };
      return;
    }
    if (!(result instanceof Promise)) {
      this.parsed = { bundle: result };
      return;
    }
    this.parsed = { pending: true };
    this.parsing = result
      .then(
        (bundle): View => ({ bundle }),
        (error: unknown): View => ({ error: asSummitError(error) }),
      )
      .then((view) => {
        if (this.parsedInput !== input) return;
        this.parsed = view;
        this.host.requestUpdate();
        return this.host.updateComplete.then(noop);
      });
  }

  private currentView(host: BundleHost): View {
    if (host.bundle !== undefined && host.bundle !== null) {
      if (this.parsedInput !== host.bundle || !this.parsed) this.validate(host.bundle);
      return this.parsed ?? { pending: true };
    }
    if (host.src) {
      const task = this.srcTask();
      if (this.taskSrc !== host.src) return { pending: true };
      if (task.status === TaskStatus.COMPLETE && task.value) return { bundle: task.value };
      if (task.status === TaskStatus.ERROR && !this.interrupted) return { error: asSummitError(task.error) };
      return { pending: true };
    }
    const provided: BundleState | undefined = this.consumer.value;
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
    return 'bundle' in this.view ? this.view.bundle : undefined;
  }

  /** The state to hand on to other elements (what `<summit-data>` provides). */
  get state(): BundleState {
    if ('bundle' in this.view) return { bundle: this.view.bundle };
    if ('error' in this.view) return { error: this.view.error };
    return { pending: this.settled };
  }

  /** Whether the data is still on its way. */
  get pending(): boolean {
    return 'pending' in this.view;
  }

  /** Settles (never rejects) when the load under way ends; at once when nothing is loading. */
  get settled(): Promise<void> {
    if (!this.pending) return Promise.resolve();
    if (this.host.bundle != null && this.parsing) return this.parsing;
    const provided = this.consumer.value;
    if (!this.host.src && provided && 'pending' in provided) return provided.pending;
    return this.host.updateComplete.then(() => this.task?.taskComplete).then(noop, noop);
  }

  /**
   * Renders `complete(bundle)` when there is a bundle; the loading or error state otherwise — the one loading and
   * error path every element shares.
   */
  render(
    complete: (bundle: Bundle) => TemplateResult | typeof nothing,
    loading: () => TemplateResult | typeof nothing = () => loadingTemplate(this.t),
  ): TemplateResult | typeof nothing {
    const { view } = this;
    if ('bundle' in view) return complete(view.bundle);
    if ('error' in view) return view.quiet ? nothing : errorTemplate(view.error, this.t);
    return loading();
  }
}
