import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Bundle } from '../../data/schema.js';
import { emit } from '../../base/events.js';
import { retrying } from '../../base/lazy.js';
import { httpUrl } from '../../base/links.js';
import { dirOf } from '../../base/localize.js';
import { SummitElement } from '../../base/summit-element.js';
import type { CorrectionForm } from './correction-form.js';
import type { SelectionController } from './selection-controller.js';
import type { SelectionBounds } from './selection.js';
import { summitCorrectionsStyles } from './summit-corrections.styles.js';

/** What reads the reader's selection and places the button, loaded with the first selection change on the page. */
const loadSelection = retrying(() => import('./selection-controller.js'));

/** Ctrl/Cmd + Enter, the shortcut that opens the dialog (unless the page has taken the key press). */
const isShortcut = (event: KeyboardEvent): boolean =>
  event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.isComposing && !event.defaultPrevented;

const sentence = (text: string): string => (/[.!?…:]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/**
 * Lets readers report a mistake in a region of the page: they select text inside it and press Ctrl + Enter (or
 * Cmd + Enter), or use the "Suggest a correction" button that appears while text is selected. A modal dialog shows
 * the selection with its surrounding text and the takeaway or quote it came from, takes an optional comment, and
 * sends it: as the `summit-correction` event, and with `endpoint` also as a JSON POST. Selections inside the shadow
 * roots of our elements (a `<quote-card>` in the region) count too.
 *
 * The region is the element's own content, or with `for="id"` the element with that id (place the element just
 * after it: the button bar and the hint line render where the element is). The dialog's form and what sends it load
 * the first time a reader selects text in the region.
 *
 * @tagname summit-corrections
 * @summary Select text + Ctrl/Cmd + Enter (or the button) to suggest a correction.
 *
 * @slot - The region readers can select text in (unless `for` names another element).
 *
 * @csspart bar - The sticky bar at the end of the region that holds the button while text is selected.
 * @csspart suggest-button - The "Suggest a correction" button.
 * @csspart hint - The footer line: the outlet's invitation and the Ctrl + Enter hint (shown once the script runs).
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
 * @csspart error - The error message of the footer line, or the one saying that the dialog could not be opened.
 *
 * @fires {{ selection: string; context: string; sourceId: string | null; comment: string; url: string }} summit-correction - The reader pressed Send. Detail:
 *   `{ selection, context, sourceId, comment, url }`. Cancelable: `preventDefault()` stops the POST to `endpoint`.
 * @fires summit-error - The POST failed (`correction-failed`), or the bundle for the
 *   footer line could not be loaded.
 */
export class SummitCorrections extends SummitElement {
  static override styles = [...SummitElement.styles, summitCorrectionsStyles];

  static override properties = {
    htmlFor: { attribute: 'for' },
    endpoint: {},
    formFailed: { state: true },
  };

  /** Id of the element to watch instead of this element's own content. */
  htmlFor = '';

  /** Where to POST each correction as JSON: an http(s) URL or a relative path. Without it, only the event fires. */
  endpoint?: string;

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  get #suggestButton(): HTMLButtonElement | null {
    return this.renderRoot.querySelector('.suggest');
  }

  /** Follows the reader's selection in the region; made when its module arrives. */
  #selection?: SelectionController;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('selectionchange', this.#onDocumentEvent);
    document.addEventListener('keydown', this.#onDocumentEvent);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('selectionchange', this.#onDocumentEvent);
    document.removeEventListener('keydown', this.#onDocumentEvent);
  }

  /**
   * A selection change or the shortcut, for the selection controller. The first one loads it and is handed to it on
   * arrival (those in between too, each reading the page as it is then); a failed import is tried again by the next.
   * A reader who pressed the shortcut with text of the region selected asked for the dialog: they are told it failed.
   */
  readonly #onDocumentEvent = (event: Event): void => {
    if (event.type === 'keydown' && !isShortcut(event as KeyboardEvent)) return;
    if (this.#selection) {
      this.#selection.handle(event);
      return;
    }
    loadSelection().then(
      ({ SelectionController }) => {
        this.#selection ??= new SelectionController(this, {
          region: () => this.#region,
          anchorable: () => !this.htmlFor,
          busy: () => this.#dialog?.open === true,
          shortcut: (bounds, opener) => void this.#open(bounds, opener),
        });
        if (this.isConnected) this.#selection.handle(event);
      },
      () => {
        const selected = document.getSelection()?.anchorNode;
        if (event.type === 'keydown' && selected && this.#region?.contains(selected)) this.#formFailed();
      },
    );
  };

  /** The dialog's form did not load when the reader asked for it: said in the element until it opens. */
  // eslint-disable-next-line no-restricted-syntax -- reactive state (`static properties`): Lit needs its name
  private formFailed = false;

  /** The dialog's form, loaded the first time a reader selects text in the region (or asks for the dialog). */
  #form?: CorrectionForm;
  #formImport?: Promise<CorrectionForm>;

  /** The form, imported once; a failed import (the network) is tried again next time. */
  #loadForm(): Promise<CorrectionForm> {
    this.#formImport ??= import('./correction-form.js').then(
      ({ CorrectionForm }) =>
        (this.#form = new CorrectionForm(this, {
          t: () => this.t,
          bundle: () => this.data.value,
          dialog: () => this.#dialog,
          fallbackFocus: () => (this.#selection?.hasSelection ? this.#suggestButton : null),
        })),
      (error: unknown) => {
        this.#formImport = undefined;
        throw error;
      },
    );
    return this.#formImport;
  }

  /** The element whose text readers correct. */
  get #region(): Node | null {
    if (!this.htmlFor) return this;
    const root = this.getRootNode() as Document | ShadowRoot;
    return root.getElementById(this.htmlFor);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A reader who selects text may want to report it: have the form ready before they ask.
    if (this.#selection?.hasSelection) this.#loadForm().catch(() => undefined);
  }

  readonly #onSuggest = (): void => {
    const bounds = this.#selection?.current() ?? this.#selection?.bounds;
    if (bounds) void this.#open(bounds, this.#suggestButton);
  };

  /** The dialog could not open (its script did not load): said in the element, and fired as `summit-error`. */
  #formFailed(): void {
    this.formFailed = true;
    emit(this, 'summit-error', {
      code: 'correction-failed',
      message: 'Could not open the correction dialog: its script did not load (network error).',
    });
  }

  async #open(selected: SelectionBounds, opener: Element | null): Promise<void> {
    const region = this.#region;
    if (!region) return;
    let form: CorrectionForm;
    try {
      form = await this.#loadForm();
    } catch {
      this.#formFailed();
      return;
    }
    this.formFailed = false;
    await form.open(selected, region, opener);
  }

  protected override render(): TemplateResult {
    const { t } = this;
    return html`<slot></slot>
      <div
        class="bar ${this.#selection?.anchored ? 'anchored' : ''}"
        part="bar"
        ?hidden=${!this.#selection?.hasSelection}
        lang=${t.locale()}
        dir=${t.dir()}
      >
        <button
          class="suggest"
          part="suggest-button"
          type="button"
          @mousedown=${(event: Event) => {
            event.preventDefault();
          }}
          @click=${this.#onSuggest}
        >
          ${t.term('suggestCorrection')}
        </button>
      </div>
      ${
        this.formFailed
          ? html`<p class="state error" part="error" role="alert" lang=${t.locale()} dir=${t.dir()}>
              ${t.term('formFailed')}
            </p>`
          : nothing
      }
      ${this.data.render((bundle) => this.#renderHint(bundle))}
      <dialog
        part="dialog"
        lang=${t.locale()}
        dir=${t.dir()}
        aria-labelledby="dialog-title"
        @close=${() => this.#form?.closed()}
        @keydown=${(event: KeyboardEvent) => this.#form?.keydown(event)}
      >
        <h2 id="dialog-title" class="title">${t.term('suggestCorrection')}</h2>
        ${this.#form?.render() ?? nothing}
      </dialog>`;
  }

  /**
   * The outlet's invitation, then how to report from the page (the Ctrl + Enter hint), which needs our script: until
   * the element runs (server HTML not yet hydrated, or read without script) that sentence keeps its place but is not
   * shown, so the line tells only what works, and the upgrade moves nothing.
   */
  #renderHint(bundle: Bundle): TemplateResult {
    const { prompt, hint, url } = bundle.corrections;
    const safeUrl = httpUrl(url);
    return html`<p class="hint" part="hint" lang=${bundle.article.lang} dir=${dirOf(bundle.article.lang)}>
      ${safeUrl ? html`<a part="link" href=${safeUrl}>${sentence(prompt)}</a>` : sentence(prompt)}
      <span class="how">${sentence(hint)}</span>
    </p>`;
  }
}
