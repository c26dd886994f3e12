import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { BundleController } from './bundle-controller.js';
import { SummitLocalize } from './localize.js';
import { baseStyles } from './styles.js';

export type SummitTheme = 'auto' | 'light' | 'dark';

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

  /** `auto` follows the reader's colour scheme; `light` or `dark` forces one. */
  @property({ reflect: true }) theme: SummitTheme = 'auto';

  /** How long a `src` fetch may take, in milliseconds, before it fails with a `timeout` error. */
  @property({ type: Number }) timeout?: number;

  /**
   * The interface language (`en`, `ru`, `uk`, `zh-Hans`, `ar`); without it, the nearest ancestor's `lang`, then the
   * bundle's `article.lang`, then `en`. Reactive, so changing it re-renders the strings.
   */
  // eslint-disable-next-line lit/no-native-attributes -- made reactive on purpose, as Shoelace and Web Awesome do
  @property({ reflect: true }) override lang!: string;

  /** Text direction (`ltr` | `rtl`); without it, the page's, or the direction of the interface language. */
  // eslint-disable-next-line lit/no-native-attributes -- made reactive on purpose, as Shoelace and Web Awesome do
  @property({ reflect: true }) override dir!: string;

  /** @internal The interface strings, in the element's language. */
  protected readonly t: SummitLocalize = new SummitLocalize(this, () => this.data.value?.article.lang);

  /** @internal */
  protected readonly data: BundleController = new BundleController(this, this.t);

  /** Resolves once the element has its data (or has shown why it has none) and has rendered. */
  get ready(): Promise<boolean> {
    return this.data.settled.then(() => this.updateComplete);
  }
}
