import { ContextConsumer } from '@lit/context';
import { Task } from '@lit/task';
import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { SummitError } from '../data/errors.js';
import { loadBundle } from '../data/load.js';
import type { Bundle } from '../data/schema.js';
import { validate } from '../data/validate.js';
import { bundleContext } from './context.js';
import { getDefaultBundle } from './default-bundle.js';
import { emit } from './events.js';
import { errorTemplate, loadingTemplate } from './templates.js';

/** What the controller needs from its element. */
export interface BundleHost extends ReactiveControllerHost, HTMLElement {
  src?: string | undefined;
  bundle?: unknown;
  timeout?: number | undefined;
}

/** Thrown when the surrounding `<summit-data>` failed: it shows the message, so the element inside stays quiet. */
class ProviderFailed extends Error {}

function asSummitError(error: unknown): SummitError {
  if (error instanceof SummitError) return error;
  return new SummitError(
    'invalid-bundle',
    `Unexpected problem: ${error instanceof Error ? error.message : String(error)}`,
  );
}

/**
 * Gives an element its bundle, from (in order) its `bundle` property, its `src`, the nearest `<summit-data>`, or the
 * default bundle; and renders the loading and error states for it, so every element shows them the same way. Each
 * failure is shown inside the element and reported once through `summit-error`; nothing is thrown to the page.
 */
export class BundleController {
  private readonly consumer: ContextConsumer<typeof bundleContext, BundleHost>;
  private readonly task: Task<[unknown, string | undefined, Promise<Bundle> | undefined], Bundle>;
  private reported?: string;

  constructor(private readonly host: BundleHost) {
    this.consumer = new ContextConsumer(host, { context: bundleContext, subscribe: true });
    this.task = new Task(host, {
      args: () => [host.bundle, host.src, this.consumer.value] as const,
      task: async ([bundle, src, provided], { signal }) => {
        if (bundle !== undefined && bundle !== null) return validate(bundle);
        if (src) return loadBundle(src, { signal, timeoutMs: host.timeout });
        if (provided) return provided.catch(() => Promise.reject(new ProviderFailed()));
        const fallback = getDefaultBundle();
        if (!fallback) {
          throw new SummitError('no-bundle', 'No bundle to show: set the src attribute or the bundle property.');
        }
        return fallback;
      },
      onError: (error) => {
        if (!(error instanceof ProviderFailed)) this.report(asSummitError(error));
      },
      onComplete: () => (this.reported = undefined),
    });
  }

  /** The loaded bundle, once there is one. */
  get value(): Bundle | undefined {
    return this.task.value;
  }

  /** Resolves when the current load settles (for tests and hosts that await a ready element). */
  get settled(): Promise<unknown> {
    return this.task.taskComplete.catch(() => undefined);
  }

  /**
   * Renders `complete(bundle)` once the bundle is there; the loading or error state before that. A `SummitError`
   * thrown by `complete` (an unknown id) is shown and reported the same way as a failed load.
   */
  render(
    complete: (bundle: Bundle) => TemplateResult | typeof nothing,
    loading: () => TemplateResult | typeof nothing = loadingTemplate,
  ): TemplateResult | typeof nothing {
    return this.task.render({
      initial: loading,
      pending: loading,
      error: (error) => (error instanceof ProviderFailed ? nothing : errorTemplate(asSummitError(error))),
      complete: (bundle) => {
        try {
          return complete(bundle);
        } catch (error) {
          const summitError = asSummitError(error);
          void Promise.resolve().then(() => {
            this.report(summitError);
          });
          return errorTemplate(summitError);
        }
      },
    });
  }

  /** Fires `summit-error` once per distinct problem (re-renders of the same failure stay quiet). */
  private report(error: SummitError): void {
    const key = `${error.code}|${error.message}`;
    if (this.reported === key) return;
    this.reported = key;
    emit(this.host, 'summit-error', {
      code: error.code,
      message: error.message,
      ...(error.issues ? { issues: error.issues } : {}),
    });
  }
}
