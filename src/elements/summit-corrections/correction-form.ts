// @lit/task from the module the elements' `src` fetch loads, so one file beside the CDN file holds it.
import { initialState, Task, TaskStatus } from '../../base/src-fetch.js';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { emit, type SummitCorrectionDetail } from '../../base/events.js';
import { httpUrl } from '../../base/links.js';
import { langAt, type SummitLocalize } from '../../base/localize.js';
import { inSentence, SLOT } from '../../base/sentences.js';
import { DEFAULT_TIMEOUT_MS } from '../../data/fetcher.js';
import { quoteById, speakerOf, takeawayByRef } from '../../data/lookup.js';
import type { Bundle } from '../../data/schema.js';
import { correctionFormStyles } from './correction-form.styles.js';
import { DraftMemory, type Draft } from './draft.js';
import { excerptOf, restoreSelection, sourceOf, wholeWords, type Source } from './excerpt.js';
import type { SelectionBounds } from './selection.js';
import { postCorrection, SendError } from './send.js';

/** How long the thank-you stays before the dialog closes by itself. */
export const THANKS_MS = 2000;

/** What the form needs from its `<summit-corrections>`. */
export interface FormHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  endpoint?: string | undefined;
  timeout?: number | undefined;
}

export interface FormOptions {
  /** The element's interface strings. */
  t: () => SummitLocalize;
  /** The bundle the element has, to name the takeaway or quote the selection came from. */
  bundle: () => Bundle | undefined;
  /** The element's `<dialog>`, which the element renders (closed) and this form fills. */
  dialog: () => HTMLDialogElement | null;
  /** Where focus goes when the dialog closes and the opener has left the page. */
  fallbackFocus: () => HTMLElement | null;
}

/**
 * The inside of the correction dialog and what it does: the excerpt, the comment, Send and Cancel, the POST, the
 * thank-you. A controller of `<summit-corrections>`, in a module of its own that the element imports the first time
 * a reader selects text in its region (or asks for the dialog), so a page whose readers never do never downloads it.
 * The element renders the `<dialog>` itself (closed, with its title) and this inside it.
 */
export class CorrectionForm implements ReactiveController {
  #draft?: Draft;
  #comment = '';
  /** The thank-you is showing. */
  #sent = false;
  #failure = '';
  readonly #memory = new DraftMemory();
  #closeTimer?: ReturnType<typeof setTimeout>;

  /** The POST. A newer run or a closed dialog makes a late answer change nothing: the Task keeps the call id. */
  readonly #sending: Task<[string, SummitCorrectionDetail], true>;

  readonly #host: FormHost;
  readonly #options: FormOptions;

  constructor(host: FormHost, options: FormOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    // The form's styles arrive with it: the element's own cover the bar, the hint line and the dialog's frame.
    const root = host.renderRoot;
    const sheet = correctionFormStyles.styleSheet;
    if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
    this.#sending = new Task(host, {
      autoRun: false,
      task: async ([url, detail], { signal }) => {
        try {
          await postCorrection(url, detail, { signal, timeoutMs: host.timeout ?? DEFAULT_TIMEOUT_MS });
        } catch (error) {
          if (signal.aborted) return initialState;
          throw error;
        }
        return true;
      },
      onComplete: () => void this.#succeed(),
      onError: (error) => {
        const { problem, kind, status } =
          error instanceof SendError ? error : new SendError('network error', 'network');
        void this.#fail(problem, this.#t.term('sendFailed', kind, status));
      },
    });
  }

  hostDisconnected(): void {
    this.#sending.abort();
    clearTimeout(this.#closeTimer);
  }

  get #t(): SummitLocalize {
    return this.#options.t();
  }

  get #dialog(): HTMLDialogElement | null {
    return this.#options.dialog();
  }

  get #phase(): 'edit' | 'sending' | 'sent' {
    if (this.#sent) return 'sent';
    return this.#sending.status === TaskStatus.PENDING ? 'sending' : 'edit';
  }

  /** Renders the change, then (once rendered) opens the dialog if asked and moves focus to `focus`. */
  async #settle(focus: string, { open = false } = {}): Promise<void> {
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const dialog = this.#dialog;
    if (open && dialog && !dialog.open) dialog.showModal();
    this.#host.renderRoot.querySelector<HTMLElement>(focus)?.focus();
  }

  /** Opens the dialog on `selected` (inside `region`), focus returning to `opener` when it closes. */
  async open(selected: SelectionBounds, region: Node, opener: Element | null): Promise<void> {
    const bounds = wholeWords(selected);
    const source = sourceOf(bounds.start.node, region);
    const bundle = this.#options.bundle();
    const draft: Draft = {
      bounds,
      excerpt: excerptOf(bounds, region),
      source: source && bundle ? this.#resolve(bundle, source) : source,
      sourceLabel: source && bundle ? this.#label(bundle, source) : null,
      lang: langAt(bounds.start.node) || undefined,
    };
    this.#sending.abort();
    clearTimeout(this.#closeTimer);
    this.#draft = draft;
    this.#comment = this.#memory.open(draft, opener);
    this.#sent = false;
    this.#failure = '';
    await this.#settle('textarea', { open: true });
  }

  /** A takeaway picked by number (`takeaway="5"`) is reported by its id. */
  #resolve(bundle: Bundle, source: Source): Source {
    if (source.kind !== 'takeaway') return source;
    try {
      return { kind: 'takeaway', id: takeawayByRef(bundle, source.id).id };
    } catch {
      return source;
    }
  }

  #label(bundle: Bundle, source: Source): Draft['sourceLabel'] {
    const lang = bundle.article.lang;
    try {
      if (source.kind === 'quote') {
        const content = speakerOf(bundle, quoteById(bundle, source.id)).name;
        return { sentence: this.#t.term('sourceQuote', SLOT), content, lang };
      }
      if (source.kind === 'takeaway') {
        const takeaway = takeawayByRef(bundle, source.id);
        return { sentence: this.#t.term('sourceTakeaway', takeaway.number, SLOT), content: takeaway.title, lang };
      }
    } catch {
      // An id the bundle doesn't know: show the id alone.
    }
    return null;
  }

  readonly #onInput = (event: Event): void => {
    this.#comment = (event.target as HTMLTextAreaElement).value;
    this.#memory.edit(this.#comment);
    this.#host.requestUpdate();
  };

  /** Ctrl + Enter (Cmd + Enter) in the dialog sends. */
  keydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && this.#phase === 'edit') {
      event.preventDefault();
      void this.#send();
    }
  }

  async #send(): Promise<void> {
    const draft = this.#draft;
    const host = this.#host;
    if (!draft || this.#phase !== 'edit') return;
    const detail: SummitCorrectionDetail = {
      selection: draft.excerpt.selection,
      context: draft.excerpt.context,
      sourceId: draft.source?.id ?? null,
      comment: this.#comment.trim(),
      url: location.href,
    };
    const handledByPage = !emit(host, 'summit-correction', detail);
    if (handledByPage || !host.endpoint) {
      await this.#succeed();
      return;
    }
    const url = httpUrl(host.endpoint);
    if (!url) {
      await this.#fail('the endpoint is not an http(s) address', this.#t.term('sendFailed', 'endpoint'));
      return;
    }
    this.#failure = '';
    void this.#sending.run([url, detail]);
  }

  /** Shows `shown` (in the interface language) in the dialog and reports `problem` (English) to the page. */
  async #fail(problem: string, shown: string): Promise<void> {
    this.#failure = shown;
    emit(this.#host, 'summit-error', {
      code: 'correction-failed',
      message: `Could not send the correction: ${problem}.`,
    });
    await this.#settle('.send');
  }

  async #succeed(): Promise<void> {
    this.#sent = true;
    this.#failure = '';
    this.#memory.forget();
    await this.#settle('.close');
    clearTimeout(this.#closeTimer);
    this.#closeTimer = setTimeout(() => this.#dialog?.close(), THANKS_MS);
  }

  /** The dialog closed (Esc, Cancel, Close, or by itself after the thank-you). */
  closed(): void {
    clearTimeout(this.#closeTimer);
    this.#sending.abort();
    const draft = this.#draft;
    const sent = this.#sent;
    if (draft && !sent) restoreSelection(draft.bounds);
    this.#sent = false;
    this.#host.requestUpdate();
    this.#memory.returnTarget(this.#options.fallbackFocus())?.focus();
  }

  /** What the `<dialog>` holds under its title. */
  render(): TemplateResult {
    const draft = this.#draft;
    const t = this.#t;
    const sent = this.#phase === 'sent';
    return html`${sent || !draft ? nothing : this.#renderForm(draft)}
      <p class="thanks" role="status">${sent ? t.term('thanks') : ''}</p>
      ${
        sent
          ? html`<div class="actions">
              <button class="close" part="close-button" type="button" @click=${() => this.#dialog?.close()}>
                ${t.term('close')}
              </button>
            </div>`
          : nothing
      }`;
  }

  #renderForm({ excerpt, source, sourceLabel, lang }: Draft): TemplateResult {
    const sending = this.#phase === 'sending';
    const t = this.#t;
    return html`<p class="label" id="excerpt-label">${t.term('selectedText')}</p>
      <blockquote class="excerpt" part="excerpt" aria-labelledby="excerpt-label" lang=${ifDefined(lang)} dir="auto">
        ${excerpt.clippedBefore ? '…' : ''}${excerpt.before}<mark part="selection">${excerpt.selection}</mark
        >${excerpt.after}${excerpt.clippedAfter ? '…' : ''}
      </blockquote>
      ${
        source
          ? html`<p class="source" part="source">
              ${t.term('source')}
              ${
                sourceLabel
                  ? inSentence(sourceLabel.sentence, sourceLabel.content, sourceLabel.lang)
                  : t.term('sourceKind', source.kind)
              }
              (<code>${source.id}</code>)
            </p>`
          : nothing
      }
      <label class="label" for="comment">${t.term('comment')}</label>
      <textarea id="comment" part="comment" rows="3" .value=${live(this.#comment)} @input=${this.#onInput}></textarea>
      <p class="message" part="message" role="alert">${this.#failure}</p>
      <div class="actions">
        <button class="send" part="send-button" type="button" ?disabled=${sending} @click=${() => void this.#send()}>
          ${sending ? t.term('sending') : t.term('send')}
        </button>
        <button class="cancel" part="cancel-button" type="button" @click=${() => this.#dialog?.close()}>
          ${t.term('cancel')}
        </button>
      </div>`;
  }
}
