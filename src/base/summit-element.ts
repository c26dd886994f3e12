import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { BundleController } from './bundle-controller.js';
import { baseStyles } from './styles.js';

export type SummitTheme = 'auto' | 'system' | 'light' | 'dark';

/**
 * What every summit-kit element shares: where its data comes from (`src`, `bundle`, a surrounding `<summit-data>`
 * or the default bundle), `theme`, the base tokens, and the loading and error states.
 */
export class SummitElement extends LitElement {
  static override styles = [baseStyles];

  /** URL of a bundle to fetch instead of the default one. Fetched once per URL for the whole page. */
  @property() src?: string;

  /** A bundle object to show instead of the default one; validated with `parseBundle`. */
  @property({ attribute: false }) bundle?: unknown;

  /**
   * `auto` follows the host page's `color-scheme`, as native form controls do (a page that declares none stays
   * light; nested elements follow their container); `system` follows the reader's preference whatever the page
   * says; `light` or `dark` forces one.
   */
  @property({ reflect: true }) theme: SummitTheme = 'auto';

  /** How long a `src` fetch may take, in milliseconds, before it fails with a `timeout` error. */
  @property({ type: Number }) timeout?: number;

  /** @internal */
  protected readonly data = new BundleController(this);

  /** Resolves once the element has its data (or has shown why it has none) and has rendered. */
  get ready(): Promise<boolean> {
    return this.data.settled.then(() => this.updateComplete);
  }
}
