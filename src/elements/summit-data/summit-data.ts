import { ContextProvider } from '@lit/context';
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { bundleContext, type BundleState } from '../../base/context.js';
import { SummitElement } from '../../base/summit-element.js';

/**
 * Provides one bundle to every summit-kit element inside it, through `@lit/context`: the bundle is fetched and
 * validated once, however many elements use it. A pure provider: its `bundle` or `src` goes through the one loader
 * once; with neither, it hands on the bundle of a `<summit-data>` around it (or the default bundle). What it provides
 * is a state (`{ bundle }`, `{ pending }` or `{ error }`), so elements inside render a bundle it already has at once. Elements inside that set their own `src` or `bundle` use theirs.
 * A failure shows one message here and fires one `summit-error`; the elements inside stay quiet.
 *
 * @tagname summit-data
 * @summary Fetches a bundle once and shares it with the elements inside.
 *
 * @slot - The summit-kit elements (and any other content) that use this bundle.
 * @csspart error - The error message shown when the bundle cannot be used.
 *
 * @fires summit-error - The bundle could not be loaded or is invalid.
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
  readonly #provider = new ContextProvider(this, { context: bundleContext });

  override connectedCallback(): void {
    super.connectedCallback();
    // Before the elements inside ask for it: with a bundle at hand they render it in their first update.
    this.#provide();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#provide();
  }

  /** Hands the current state on; a new value (and a re-render inside) only when the state really changed. */
  #provide(): void {
    this.data.resolve();
    const next = this.data.state;
    const last = this.#provider.value;
    if (last && 'bundle' in last && 'bundle' in next && last.bundle === next.bundle) return;
    if (last && 'error' in last && 'error' in next && last.error === next.error) return;
    if (last && 'pending' in last && 'pending' in next) return;
    // Consumers wait on `pending`: it settles once this provider has handed on what came of the load.
    const value: BundleState =
      'pending' in next ? { pending: next.pending.then(() => this.updateComplete).then(() => undefined) } : next;
    this.#provider.setValue(value);
  }

  protected override render(): TemplateResult {
    return html`${this.data.render(
        () => nothing,
        () => nothing,
      )}<slot></slot>`;
  }
}
