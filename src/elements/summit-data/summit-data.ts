import { ContextProvider } from '@lit/context';
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { bundleContext, type ProvidedBundle } from '../../base/context.js';
import { SummitElement } from '../../base/summit-element.js';
import { loadBundle } from '../../data/load.js';
import { validate } from '../../data/validate.js';

/**
 * Provides one bundle to every summit-kit element inside it, through `@lit/context`: the bundle is fetched and
 * validated once, however many elements use it. Elements inside that set their own `src` or `bundle` use theirs.
 * A failure shows one message here and fires one `summit-error`; the elements inside stay quiet.
 *
 * @tagname summit-data
 * @summary Fetches a bundle once and shares it with the elements inside.
 *
 * @slot - The summit-kit elements (and any other content) that use this bundle.
 * @csspart error - The error message shown when the bundle cannot be used.
 *
 * @fires {{ code: string; message: string; issues?: { path: string; message: string }[] }} summit-error - The bundle could not be loaded or is invalid.
 */
export class SummitData extends SummitElement {
  static override styles = [
    ...SummitElement.styles,
    css`
      :host {
        display: contents;
      }
      .state {
        display: block;
        margin-block-end: var(--_space);
      }
    `,
  ];

  /** @internal */
  private readonly provider = new ContextProvider(this, { context: bundleContext });

  /** Lets go of the load this element started when its `src` changes or it leaves the page. */
  private loading?: AbortController;
  /** What the current value was made from, so connecting and the first update don't load twice. */
  private provided?: Pick<SummitData, 'bundle' | 'src' | 'timeout'>;

  override connectedCallback(): void {
    super.connectedCallback();
    // Before the elements inside ask for it, so they never flash the default bundle.
    this.provide();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loading?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('bundle') || changed.has('timeout')) this.provide();
  }

  private provide(): void {
    const { bundle, src, timeout } = this;
    const last = this.provided;
    const same = last !== undefined && last.bundle === bundle && last.src === src && last.timeout === timeout;
    if (same && this.loading?.signal.aborted === false) return;
    this.provided = { bundle, src, timeout };
    this.loading?.abort();
    this.loading = new AbortController();
    let value: ProvidedBundle | undefined;
    if (bundle !== undefined && bundle !== null) value = Promise.resolve().then(() => validate(bundle));
    else if (src) value = loadBundle(src, { timeoutMs: this.timeout, signal: this.loading.signal });
    // The elements inside catch this promise; mark it handled so a failure never reaches the page as unhandled.
    value?.catch(() => undefined);
    if (this.provider.value !== value) this.provider.setValue(value);
  }

  protected override render(): TemplateResult {
    return html`${this.data.render(
        () => nothing,
        () => nothing,
      )}<slot></slot>`;
  }
}
