import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { quoteById, speakerOf, takeawayByRef } from '../../data/lookup.js';
import type { Bundle } from '../../data/schema.js';
import { emit, type SummitCorrectionDetail } from '../../base/events.js';
import { httpUrl } from '../../base/links.js';
import { SummitElement } from '../../base/summit-element.js';
import {
  deepActiveElement,
  excerptOf,
  restoreSelection,
  selectionIn,
  sourceOf,
  type Excerpt,
  type SelectionBounds,
  type Source,
} from './selection.js';
import { summitCorrectionsStyles } from './summit-corrections.styles.js';

/** What the open dialog is about. */
interface Draft {
  bounds: SelectionBounds;
  excerpt: Excerpt;
  source: Source | null;
  /** A readable name for the source ("Alexander Gabuev", "Takeaway 5: …") when the bundle knows it. */
  sourceLabel: string | null;
}

type Phase = 'edit' | 'sending' | 'sent';

/** How long the thank-you stays before the dialog closes by itself. */
const THANKS_MS = 2000;
/** Room kept for the "Suggest a correction" button when it is placed beside a selection (px). */
const BUTTON_ROOM = 220;

const sentence = (text: string): string => (/[.!?…:]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/**
 * Lets readers report a mistake in a region of the page: they select text inside it and press Ctrl + Enter (or
 * Cmd + Enter), or use the "Suggest a correction" button that appears while text is selected. A modal dialog shows
 * the selection with its surrounding text and the takeaway or quote it came from, takes an optional comment, and
 * sends it: as the `summit-correction` event, and with `endpoint` also as a JSON POST. Selections inside the shadow
 * roots of our elements (a `<quote-card>` in the region) count too.
 *
 * The region is the element's own content, or with `for="id"` the element with that id (place the element just
 * after it: the button bar and the hint line render where the element is).
 *
 * @tagname summit-corrections
 * @summary Select text + Ctrl/Cmd + Enter (or the button) to suggest a correction.
 *
 * @slot - The region readers can select text in (unless `for` names another element).
 *
 * @csspart bar - The sticky bar at the end of the region that holds the button while text is selected.
 * @csspart suggest-button - The "Suggest a correction" button.
 * @csspart hint - The footer line: the outlet's invitation and the Ctrl + Enter hint.
 * @csspart link - The link in the footer line, when the bundle gives the outlet's corrections URL.
 * @csspart dialog - The `<dialog>`.
 * @csspart excerpt - The selected text with its context, in a `<blockquote>`.
 * @csspart selection - The selected text itself, a `<mark>`.
 * @csspart source - Which takeaway or quote the text came from.
 * @csspart comment - The comment `<textarea>`.
 * @csspart send-button - The Send button.
 * @csspart cancel-button - The Cancel button.
 * @csspart close-button - The Close button shown with the thank-you.
 * @csspart message - The failure message (`role="alert"`).
 * @csspart loading - The loading state of the footer line.
 * @csspart error - The error message of the footer line.
 *
 * @fires {{ selection: string; context: string; sourceId: string | null; comment: string; url: string }} summit-correction - The reader pressed Send. Detail:
 *   `{ selection, context, sourceId, comment, url }`. Cancelable: `preventDefault()` stops the POST to `endpoint`.
 * @fires summit-error - The POST failed (`correction-failed`), or the bundle for the
 *   footer line could not be loaded.
 */
export class SummitCorrections extends SummitElement {
  static override styles = [...SummitElement.styles, summitCorrectionsStyles];

  /** Id of the element to watch instead of this element's own content. */
  @property({ attribute: 'for' }) htmlFor = '';

  /** Where to POST each correction as JSON: an http(s) URL or a relative path. Without it, only the event fires. */
  @property() endpoint?: string;

  /** @internal */
  @state() private hasSelection = false;

  /** @internal */
  @state() private draft?: Draft;

  /** @internal */
  @state() private comment = '';

  /** @internal */
  @state() private phase: Phase = 'edit';

  /** @internal */
  @state() private failure = '';

  @query('dialog') private dialog!: HTMLDialogElement | null;
  @query('.suggest') private suggestButton!: HTMLButtonElement | null;

  /** The last selection seen inside the region (a tap on the button may clear the live one). */
  private bounds: SelectionBounds | null = null;
  /** Where focus goes back to when the dialog closes. */
  private returnFocus: Element | null = null;
  /** The last unsent draft's selection and comment, kept when the same text is reopened. */
  private kept?: { key: string; comment: string };
  /** Counts dialog openings, so a late answer to an old POST changes nothing. */
  private session = 0;
  private closeTimer?: ReturnType<typeof setTimeout>;
  /** Where the button sits next to the selection: a stylesheet rewritten as the selection changes. */
  private readonly placement = new CSSStyleSheet();

  /** @internal */
  @state() private anchored = false;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.onKeyDown);
    document.addEventListener('selectionchange', this.onSelectionChange);
  }

  protected override firstUpdated(): void {
    const root = this.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.placement];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onKeyDown);
    document.removeEventListener('selectionchange', this.onSelectionChange);
    clearTimeout(this.closeTimer);
  }

  /** The element whose text readers correct. */
  private get region(): Node | null {
    if (!this.htmlFor) return this;
    const root = this.getRootNode() as Document | ShadowRoot;
    return root.getElementById(this.htmlFor);
  }

  private currentSelection(): SelectionBounds | null {
    const region = this.region;
    return region ? selectionIn(region, this.shadowRoot) : null;
  }

  private readonly onSelectionChange = (): void => {
    if (this.dialog?.open) return;
    this.bounds = this.currentSelection();
    this.hasSelection = this.bounds !== null;
    this.anchored = this.bounds !== null && this.placeBar(this.bounds);
  };

  /**
   * Puts the "Suggest a correction" button just below the end of the selection, through a stylesheet of this
   * element's own (CSSOM, so strict-CSP safe: no style attribute). Only for a region inside this element; for
   * `for="…"`, or when the browser gives no position, the button stays in the bar at the end of the region.
   */
  private placeBar(bounds: SelectionBounds): boolean {
    if (this.htmlFor) return false;
    const caret = document.createRange();
    try {
      caret.setStart(bounds.end.node, bounds.end.offset);
      caret.collapse(true);
    } catch {
      return false;
    }
    const at = caret.getBoundingClientRect();
    const host = this.getBoundingClientRect();
    if (at.height === 0 && at.top === 0) return false;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const fromStart = rtl ? host.right - at.right : at.left - host.left;
    const room = Math.max(0, host.width - BUTTON_ROOM);
    const inline = Math.round(Math.min(Math.max(0, fromStart - BUTTON_ROOM / 2), room));
    const block = Math.round(at.bottom - host.top + 4);
    this.placement.replaceSync(`.bar.anchored { inset-block-start: ${block}px; inset-inline-start: ${inline}px; }`);
    return true;
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.isComposing) return;
    if (event.defaultPrevented || this.dialog?.open) return;
    const bounds = this.currentSelection();
    if (!bounds) return;
    event.preventDefault();
    void this.open(bounds, deepActiveElement());
  };

  private readonly onSuggest = (): void => {
    const bounds = this.currentSelection() ?? this.bounds;
    if (bounds) void this.open(bounds, this.suggestButton);
  };

  private async open(bounds: SelectionBounds, opener: Element | null): Promise<void> {
    const region = this.region;
    if (!region) return;
    const excerpt = excerptOf(bounds, region);
    const source = sourceOf(bounds.start.node, region);
    const bundle = this.data.value;
    const draft: Draft = {
      bounds,
      excerpt,
      source: source && bundle ? this.resolve(bundle, source) : source,
      sourceLabel: source && bundle ? this.label(bundle, source) : null,
    };
    const key = `${draft.source?.id ?? ''}|${excerpt.context}|${excerpt.selection}`;
    this.session++;
    clearTimeout(this.closeTimer);
    this.draft = draft;
    this.comment = this.kept?.key === key ? this.kept.comment : '';
    this.kept = { key, comment: this.comment };
    this.phase = 'edit';
    this.failure = '';
    this.returnFocus = opener && opener !== document.body ? opener : null;
    await this.updateComplete;
    if (this.dialog && !this.dialog.open) this.dialog.showModal();
    this.renderRoot.querySelector<HTMLTextAreaElement>('textarea')?.focus();
  }

  /** A takeaway picked by number (`takeaway="5"`) is reported by its id. */
  private resolve(bundle: Bundle, source: Source): Source {
    if (source.kind !== 'takeaway') return source;
    try {
      return { kind: 'takeaway', id: takeawayByRef(bundle, source.id).id };
    } catch {
      return source;
    }
  }

  private label(bundle: Bundle, source: Source): string | null {
    try {
      if (source.kind === 'quote') return `Quote by ${speakerOf(bundle, quoteById(bundle, source.id)).name}`;
      if (source.kind === 'takeaway') {
        const takeaway = takeawayByRef(bundle, source.id);
        return `Takeaway ${takeaway.number}: ${takeaway.title}`;
      }
    } catch {
      // An id the bundle doesn't know: show the id alone.
    }
    return null;
  }

  private readonly onInput = (event: Event): void => {
    this.comment = (event.target as HTMLTextAreaElement).value;
    if (this.kept) this.kept.comment = this.comment;
  };

  private readonly onDialogKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && this.phase === 'edit') {
      event.preventDefault();
      void this.send();
    }
  };

  private async send(): Promise<void> {
    const draft = this.draft;
    if (!draft || this.phase !== 'edit') return;
    const detail: SummitCorrectionDetail = {
      selection: draft.excerpt.selection,
      context: draft.excerpt.context,
      sourceId: draft.source?.id ?? null,
      comment: this.comment.trim(),
      url: location.href,
    };
    const handledByPage = !emit(this, 'summit-correction', detail);
    if (handledByPage || !this.endpoint) {
      await this.succeed();
      return;
    }
    const url = httpUrl(this.endpoint);
    if (!url) {
      await this.fail('the endpoint is not an http(s) address');
      return;
    }
    const session = this.session;
    this.phase = 'sending';
    this.failure = '';
    let problem: string | null;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(detail),
      });
      problem = response.ok ? null : `HTTP ${response.status}`;
    } catch {
      problem = 'network error';
    }
    if (session !== this.session) return;
    await (problem ? this.fail(problem) : this.succeed());
  }

  private async fail(problem: string): Promise<void> {
    this.phase = 'edit';
    this.failure = `Could not send: ${problem}. Your text is kept — try again.`;
    emit(this, 'summit-error', { code: 'correction-failed', message: `Could not send the correction: ${problem}.` });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.send')?.focus();
  }

  private async succeed(): Promise<void> {
    this.phase = 'sent';
    this.failure = '';
    this.kept = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.close')?.focus();
    const session = this.session;
    this.closeTimer = setTimeout(() => {
      if (session === this.session) this.dialog?.close();
    }, THANKS_MS);
  }

  private readonly onClose = (): void => {
    clearTimeout(this.closeTimer);
    this.session++;
    const { draft, phase } = this;
    if (draft && phase !== 'sent') restoreSelection(draft.bounds);
    this.phase = 'edit';
    const target =
      this.returnFocus?.isConnected === true ? this.returnFocus : this.hasSelection ? this.suggestButton : null;
    (target as HTMLElement | null)?.focus();
  };

  protected override render(): TemplateResult {
    return html`<slot></slot>
      <div class="bar ${this.anchored ? 'anchored' : ''}" part="bar" ?hidden=${!this.hasSelection}>
        <button
          class="suggest"
          part="suggest-button"
          type="button"
          @mousedown=${(event: Event) => {
            event.preventDefault();
          }}
          @click=${this.onSuggest}
        >
          Suggest a correction
        </button>
      </div>
      ${this.data.render((bundle) => this.renderHint(bundle))} ${this.renderDialog()}`;
  }

  private renderHint(bundle: Bundle): TemplateResult {
    const { prompt, hint, url } = bundle.corrections;
    const safeUrl = httpUrl(url);
    return html`<p class="hint" part="hint">
      ${safeUrl ? html`<a part="link" href=${safeUrl}>${sentence(prompt)}</a>` : sentence(prompt)} ${sentence(hint)}
    </p>`;
  }

  private renderDialog(): TemplateResult {
    const draft = this.draft;
    const sent = this.phase === 'sent';
    return html`<dialog
      part="dialog"
      aria-labelledby="dialog-title"
      @close=${this.onClose}
      @keydown=${this.onDialogKeyDown}
    >
      <h2 id="dialog-title" class="title">Suggest a correction</h2>
      ${sent || !draft ? nothing : this.renderForm(draft)}
      <p class="thanks" role="status">${sent ? 'Thank you — your suggestion was sent.' : ''}</p>
      ${
        sent
          ? html`<div class="actions">
              <button class="close" part="close-button" type="button" @click=${() => this.dialog?.close()}>
                Close
              </button>
            </div>`
          : nothing
      }
    </dialog>`;
  }

  private renderForm({ excerpt, source, sourceLabel }: Draft): TemplateResult {
    const sending = this.phase === 'sending';
    return html`<p class="label" id="excerpt-label">Selected text</p>
      <blockquote class="excerpt" part="excerpt" aria-labelledby="excerpt-label">
        ${excerpt.clippedBefore ? '…' : ''}${excerpt.before}<mark part="selection">${excerpt.selection}</mark
        >${excerpt.after}${excerpt.clippedAfter ? '…' : ''}
      </blockquote>
      ${
        source
          ? html`<p class="source" part="source">
              Source: ${sourceLabel ?? (source.kind === 'element' ? 'section' : source.kind)}
              (<code>${source.id}</code>)
            </p>`
          : nothing
      }
      <label class="label" for="comment">Your comment (optional)</label>
      <textarea id="comment" part="comment" rows="3" .value=${live(this.comment)} @input=${this.onInput}></textarea>
      <p class="message" part="message" role="alert">${this.failure}</p>
      <div class="actions">
        <button class="send" part="send-button" type="button" ?disabled=${sending} @click=${() => void this.send()}>
          ${sending ? 'Sending…' : 'Send'}
        </button>
        <button class="cancel" part="cancel-button" type="button" @click=${() => this.dialog?.close()}>Cancel</button>
      </div>`;
  }
}
