import type { ReactiveController, ReactiveElement } from 'lit';
import { deepActiveElement, selectionIn, type SelectionBounds } from './selection.js';

/** Room kept for the "Suggest a correction" button when it is placed beside a selection (px). */
const BUTTON_ROOM = 220;

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
 * Watches the document for the reader's selection inside the region (shadow roots included) and for the Ctrl/Cmd +
 * Enter shortcut, and places the host's `.bar.anchored` just below the selection's end. Placement goes through a
 * constructed stylesheet adopted by the host's shadow root (CSSOM, no style attribute: strict-CSP safe). CSS anchor
 * positioning cannot anchor to a text range, and Floating UI would write inline styles, hence this small rule.
 */
export class SelectionController implements ReactiveController {
  /** The last selection seen inside the region (a tap on the button may clear the live one). */
  bounds: SelectionBounds | null = null;
  /** Whether the button sits next to the selection rather than in the bar at the end of the region. */
  anchored = false;

  /** Made on first connection: the constructor also runs on the server, which has no `CSSStyleSheet`. */
  private placement?: CSSStyleSheet;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: SelectionHost,
  ) {
    host.addController(this);
  }

  get hasSelection(): boolean {
    return this.bounds !== null;
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.onKeyDown);
    document.addEventListener('selectionchange', this.onSelectionChange);
    const root = this.host.renderRoot;
    if (!this.placement && root instanceof ShadowRoot) {
      this.placement = new CSSStyleSheet();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.placement];
    }
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onKeyDown);
    document.removeEventListener('selectionchange', this.onSelectionChange);
  }

  /** The reader's selection now, if it lies inside the region. */
  current(): SelectionBounds | null {
    const region = this.options.region();
    return region ? selectionIn(region, this.host.shadowRoot) : null;
  }

  private readonly onSelectionChange = (): void => {
    if (this.options.busy()) return;
    this.bounds = this.current();
    this.anchored = this.bounds !== null && this.place(this.bounds);
    this.host.requestUpdate();
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.isComposing) return;
    if (event.defaultPrevented || this.options.busy()) return;
    const bounds = this.current();
    if (!bounds) return;
    event.preventDefault();
    this.options.shortcut(bounds, deepActiveElement());
  };

  /** Puts the button just below the end of the selection; false when it must stay in the bar. */
  private place(bounds: SelectionBounds): boolean {
    if (!this.placement || !this.options.anchorable()) return false;
    const caret = document.createRange();
    try {
      caret.setStart(bounds.end.node, bounds.end.offset);
      caret.collapse(true);
    } catch {
      return false;
    }
    const at = caret.getBoundingClientRect();
    const host = this.host.getBoundingClientRect();
    if (at.height === 0 && at.top === 0) return false;
    const rtl = getComputedStyle(this.host).direction === 'rtl';
    const fromStart = rtl ? host.right - at.right : at.left - host.left;
    const room = Math.max(0, host.width - BUTTON_ROOM);
    const inline = Math.round(Math.min(Math.max(0, fromStart - BUTTON_ROOM / 2), room));
    const block = Math.round(at.bottom - host.top + 4);
    this.placement.replaceSync(`.bar.anchored { inset-block-start: ${block}px; inset-inline-start: ${inline}px; }`);
    return true;
  }
}
