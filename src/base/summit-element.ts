import { LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Bundle } from '../data/schema.js';
import { BundleController } from './bundle-controller.js';
import { SummitLocalize } from './localize.js';
import { baseStyles } from './styles.js';

export type SummitTheme = 'auto' | 'system' | 'light' | 'dark';

/**
 * What every summit-kit element shares: where its data comes from (`src`, `bundle`, a surrounding `<summit-data>`
 * or the default bundle), `theme`, the base tokens, and the loading and error states.
 *
 * Data flows one way: source → one loader → one resolved item → render. Once per update, in `willUpdate`, the base
 * class works out the bundle and calls the element's {@link SummitElement.resolveItem} hook, which picks the element's
 * item (a quote, a takeaway, the reaction groups…) with the look-ups of `src/data/lookup.ts`; `renderItem` renders
 * from that item and never looks anything up again. Data already in hand renders in the first update, so there is no
 * loading frame, and the same code runs on the server (where only `willUpdate` and `render` run).
 *
 * Policy for the attributes that pick an item:
 * - **Empty or absent** means "not chosen": an element with a natural default uses it (`parties`, `topics`: all of
 *   them; `related`: the first story; `selected`: the first group shown). An element that has none (`quote`,
 *   `takeaway`) shows "Choose a quote/takeaway" as an error (`unknown-id`) instead of guessing.
 * - **Unknown** (an id the bundle does not have) is always an `unknown-id` error naming the id, shown inside the
 *   element and fired once as `summit-error`, never a silent fallback. The one exception is `reaction-panel`'s
 *   `selected`, which is the reader's state rather than a pick: an unknown value opens the first group.
 * Surrounding whitespace is ignored in every case.
 */
export class SummitElement<Item = unknown> extends LitElement {
  static override styles = [baseStyles];

  /**
   * The reactive properties, declared the way Lit does without decorators (every element does the same): the fields
   * below keep their types and docs, and no decorator helpers ship to readers. `lang` and `dir` are made reactive on
   * purpose, as Shoelace and Web Awesome do.
   */
  static override properties: PropertyDeclarations = {
    src: {},
    bundle: { attribute: false },
    theme: { reflect: true },
    timeout: { type: Number },
    // eslint-disable-next-line lit/no-native-attributes -- see above
    lang: { reflect: true },
    // eslint-disable-next-line lit/no-native-attributes -- see above
    dir: { reflect: true },
  };

  /** URL of a bundle to fetch instead of the default one. Fetched once per URL for the whole page. */
  src?: string;

  /** A bundle object to show instead of the default one; validated with `parseBundle`. */
  bundle?: unknown;

  /**
   * `auto` follows the host page's `color-scheme`, as native form controls do (a page that declares none stays
   * light; nested elements follow their container); `system` follows the reader's preference whatever the page
   * says; `light` or `dark` forces one.
   */
  theme: SummitTheme = 'auto';

  /** How long a `src` fetch may take, in milliseconds, before it fails with a `timeout` error. */
  timeout?: number;

  /**
   * The interface language (`en`, `ru`, `uk`, `zh-Hans`, `ar`); without it, the nearest ancestor's `lang`, then the
   * bundle's `article.lang`, then `en`. Reactive, so changing it re-renders the strings.
   */
  override lang!: string;

  /** Text direction (`ltr` | `rtl`); without it, the page's, or the direction of the interface language. */
  override dir!: string;

  /** @internal The interface strings, in the element's language. */
  protected readonly t: SummitLocalize = new SummitLocalize(this, () => this.data.value?.article.lang);

  /** @internal */
  protected readonly data: BundleController = new BundleController(this, this.t);

  /** @internal The item resolved in this update (with its bundle), or `undefined` while loading or on error. */
  protected resolved?: { item: Item; bundle: Bundle };

  /**
   * Server-rendered: the element found a declarative shadow root when it was created, and hydrates it. While its data
   * is on its way (a `src` fetch) it keeps the server's content rather than replacing it with a loading state.
   */
  readonly #serverRendered = this.shadowRoot != null;

  /** Resolves once the element has its data (or has shown why it has none) and has rendered. */
  get ready(): Promise<boolean> {
    const wait = async (): Promise<boolean> => {
      let done = await this.updateComplete;
      while (this.data.pending && this.isConnected) {
        await this.data.settled;
        done = await this.updateComplete;
      }
      return done;
    };
    return wait();
  }

  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (!this.hasUpdated && this.#serverRendered) {
      this.t.asServer = true;
      this.data.resolve();
      // Hydration must render what the server did: when that was the loading state (`src`, no bundle on the server),
      // hydrate it now, as rendered in the browser; otherwise keep the server's content until the data arrives.
      if (this.data.pending && !this.shadowRoot?.querySelector('[part~="loading"]')) {
        this.data.load();
        return false;
      }
    }
    return super.shouldUpdate(changed);
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // Hydrated: hydration keeps what the server wrote, and takes the values it rendered as its own, so this render
    // spoke as the server did. The server could not see the page (an ancestor's `lang` or `dir`): where that gives the
    // element another language or direction, one more render, once this one is done, changes them.
    if (!this.#serverRendered) return;
    this.t.asServer = false;
    if (!this.t.sameAsServer()) {
      void this.updateComplete.then(() => {
        this.requestUpdate();
      });
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.data.resolve();
    const bundle = this.data.value;
    this.resolved = undefined;
    if (!bundle) return;
    try {
      this.resolved = { item: this.resolveItem(bundle), bundle };
    } catch (error) {
      this.data.fail(error);
    }
  }

  /**
   * Picks this element's item from the bundle; throw a `SummitError('unknown-id')` (the look-ups do) for an unknown
   * or missing id. Runs once per update, before `render`. By default the item is the bundle itself.
   */
  protected resolveItem(bundle: Bundle): Item {
    return bundle as Item;
  }

  /** Renders the resolved item; the base class renders the loading and error states instead when there is none. */
  protected renderItem?(item: Item, bundle: Bundle): TemplateResult | typeof nothing;

  protected override render(): TemplateResult | typeof nothing {
    return this.data.render(() =>
      this.resolved && this.renderItem ? this.renderItem(this.resolved.item, this.resolved.bundle) : nothing,
    );
  }
}
