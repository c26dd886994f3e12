import type { ReactiveElement } from 'lit';
import { below, deepActiveElement, selectionIn, type SelectionBounds } from './selection.js';

/** What the controller asks its host. */
export interface SelectionHost {
  /** The node whose text readers correct, or null when it is not on the page. */
  region(): Node | null;
  /** Whether the button may sit next to the selection (only for a region inside the host). */
  anchorable(): boolean;
  /** Whether the dialog is open: selection changes are ignored meanwhile, and so is the shortcut. */
  busy(): boolean;
  /** The reader pressed Ctrl/Cmd + Enter with text selected in the region. */
  shortcut(bounds: SelectionBounds, opener: Element | null): void;
}

/**
 * Follows the reader's selection inside the region (shadow roots included), handles the Ctrl/Cmd + Enter shortcut,
 * and places the host's `.bar.anchored` just below the selection's end. Placement goes through a constructed
 * stylesheet adopted by the host's shadow root (CSSOM, no style attribute: strict-CSP safe). CSS anchor positioning
 * cannot anchor to a text range, and Floating UI would write inline styles, hence this small rule.
 *
 * `<summit-corrections>` listens to the document itself and loads this module with the first selection change on
 * the page (a reader who never selects text never downloads it), then hands it each event, the first one included.
 */
export class SelectionController {
  /** The last selection seen inside the region (a tap on the button may clear the live one). */
  bounds: SelectionBounds | null = null;
  /** Whether the button sits next to the selection rather than in the bar at the end of the region. */
  anchored = false;

  readonly #placement = new CSSStyleSheet();

  readonly #host: ReactiveElement;
  readonly #options: SelectionHost;

  constructor(host: ReactiveElement, options: SelectionHost) {
    this.#host = host;
    this.#options = options;
    const root = host.renderRoot;
    if (root instanceof ShadowRoot) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#placement];
  }

  get hasSelection(): boolean {
    return this.bounds !== null;
  }

  /** The reader's selection now, if it lies inside the region. */
  current(): SelectionBounds | null {
    const region = this.#options.region();
    return region ? selectionIn(region, this.#host.shadowRoot) : null;
  }

  /**
   * A selection change, read as the selection is now, or the shortcut (a key press the host has checked). A shortcut
   * that waited for this module has been dispatched already: the page keeps it.
   */
  handle(event: Event): void {
    if (this.#options.busy()) return;
    if (event.type === 'selectionchange') {
      const now = this.current();
      // Focus on the bar's button (a Tab to it, or focus returning there as the dialog closes) empties the selection
      // in Firefox; the button keeps the selection it was shown for. A selection made elsewhere still hides it.
      if (!now && this.bounds && document.getSelection()?.isCollapsed !== false && this.#barFocused()) return;
      this.bounds = now;
      this.anchored = this.bounds !== null && this.#place(this.bounds);
      this.#host.requestUpdate();
      return;
    }
    const bounds = this.current();
    if (!bounds) return;
    event.preventDefault();
    this.#options.shortcut(bounds, deepActiveElement());
  }

  /** Whether focus is on the host's bar (its "Suggest a correction" button). */
  #barFocused(): boolean {
    return this.#host.shadowRoot?.activeElement?.closest('.bar') != null;
  }

  /** Puts the button just below the end of the selection; false when it must stay in the bar. */
  #place(bounds: SelectionBounds): boolean {
    const at = this.#options.anchorable() ? below(bounds, this.#host) : null;
    if (!at) return false;
    this.#placement.replaceSync(
      `.bar.anchored { inset-block-start: ${at.block}px; inset-inline-start: ${at.inline}px; }`,
    );
    return true;
  }
}
