import type { ReactiveController, ReactiveElement } from 'lit';
import type { SelectionBounds } from './selection.js';

/** The selection helpers (`selection.ts`), loaded with the first selection change on the page. */
type Helpers = typeof import('./selection.js');

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
 *
 * What reads the selection loads with the first selection change on the page (a reader who never selects text never
 * downloads it); a shortcut pressed before it has arrived is handled when it does.
 */
export class SelectionController implements ReactiveController {
  /** The last selection seen inside the region (a tap on the button may clear the live one). */
  bounds: SelectionBounds | null = null;
  /** Whether the button sits next to the selection rather than in the bar at the end of the region. */
  anchored = false;

  /** Made on first connection: the constructor also runs on the server, which has no `CSSStyleSheet`. */
  private placement?: CSSStyleSheet;
  private helpers?: Helpers;
  /** The helpers' import, while it is under way. */
  private helpersImport?: Promise<void>;

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

  /**
   * Imports the helpers once, then runs `then` (a failed import runs nothing, and is tried again by the next event).
   * Selection changes while the import is under way are not queued: the first one runs again on arrival and reads
   * the selection as it is then.
   */
  private loadHelpers(then: () => void): void {
    this.helpersImport ??= import('./selection.js').then(
      (helpers) => {
        this.helpers = helpers;
      },
      () => {
        this.helpersImport = undefined;
      },
    );
    void this.helpersImport.then(() => {
      if (this.helpers) then();
    });
  }

  /** The reader's selection now, if it lies inside the region (none before the helpers have loaded). */
  current(): SelectionBounds | null {
    const region = this.options.region();
    return region && this.helpers ? this.helpers.selectionIn(region, this.host.shadowRoot) : null;
  }

  private readonly onSelectionChange = (): void => {
    const { helpers } = this;
    if (!helpers) {
      if (!this.helpersImport) this.loadHelpers(this.onSelectionChange);
      return;
    }
    if (this.options.busy()) return;
    this.bounds = this.current();
    this.anchored = this.bounds !== null && this.place(this.bounds, helpers);
    this.host.requestUpdate();
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.isComposing) return;
    if (event.defaultPrevented) return;
    const { helpers } = this;
    if (!helpers) {
      this.loadHelpers(() => {
        this.onKeyDown(event);
      });
      return;
    }
    if (this.options.busy()) return;
    const bounds = this.current();
    if (!bounds) return;
    // Kept from the page (no effect when the shortcut waited for the helpers: that event has been handled).
    event.preventDefault();
    this.options.shortcut(bounds, helpers.deepActiveElement());
  };

  /** Puts the button just below the end of the selection; false when it must stay in the bar. */
  private place(bounds: SelectionBounds, helpers: Helpers): boolean {
    const at = this.placement && this.options.anchorable() ? helpers.below(bounds, this.host) : null;
    if (!at) return false;
    this.placement?.replaceSync(
      `.bar.anchored { inset-block-start: ${at.block}px; inset-inline-start: ${at.inline}px; }`,
    );
    return true;
  }
}
