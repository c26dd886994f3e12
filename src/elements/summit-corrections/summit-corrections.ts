import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { quoteById, speakerOf, takeawayByRef } from '../../data/lookup.js';
import { DEFAULT_TIMEOUT_MS } from '../../data/fetcher.js';
import type { Bundle } from '../../data/schema.js';
import { emit, type SummitCorrectionDetail } from '../../base/events.js';
import { httpUrl } from '../../base/links.js';
import { dirOf, langAt } from '../../base/localize.js';
import { SummitElement } from '../../base/summit-element.js';
import { inSentence, SLOT } from '../../base/templates.js';
import { DraftMemory, type Draft } from './draft.js';
import { SelectionController } from './selection-controller.js';
import { excerptOf, restoreSelection, sourceOf, wholeWords, type SelectionBounds, type Source } from './selection.js';
import { postCorrection, SendError } from './send.js';
import { summitCorrectionsStyles } from './summit-corrections.styles.js';

/** How long the thank-you stays before the dialog closes by itself. */
export const THANKS_MS = 2000;

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
  @state() private draft?: Draft;

  /** @internal */
  @state() private comment = '';

  /** @internal The thank-you is showing. */
  @state() private sent = false;

  /** @internal */
  @state() private failure = '';

  @query('dialog') private dialog!: HTMLDialogElement | null;
  @query('.suggest') private suggestButton!: HTMLButtonElement | null;

  private readonly selection = new SelectionController(this, {
    region: () => this.region,
    anchorable: () => !this.htmlFor,
    busy: () => this.dialog?.open === true,
    shortcut: (bounds, opener) => void this.open(bounds, opener),
  });

  private readonly memory = new DraftMemory();
  private closeTimer?: ReturnType<typeof setTimeout>;

  /** The POST. A newer run or a closed dialog makes a late answer change nothing: the Task keeps the call id. */
  private readonly sending = new Task(this, {
    autoRun: false,
    task: async ([url, detail]: [string, SummitCorrectionDetail], { signal }) => {
      try {
        await postCorrection(url, detail, { signal, timeoutMs: this.timeout ?? DEFAULT_TIMEOUT_MS });
      } catch (error) {
        if (signal.aborted) return initialState;
        throw error;
      }
      return true;
    },
    onComplete: () => void this.succeed(),
    onError: (error) => {
      const { problem, kind, status } = error instanceof SendError ? error : new SendError('network error', 'network');
      void this.fail(problem, this.t.term('sendFailed', kind, status));
    },
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.sending.abort();
    clearTimeout(this.closeTimer);
  }

  /** The element whose text readers correct. */
  private get region(): Node | null {
    if (!this.htmlFor) return this;
    const root = this.getRootNode() as Document | ShadowRoot;
    return root.getElementById(this.htmlFor);
  }

  private get phase(): 'edit' | 'sending' | 'sent' {
    if (this.sent) return 'sent';
    return this.sending.status === TaskStatus.PENDING ? 'sending' : 'edit';
  }

  private readonly onSuggest = (): void => {
    const bounds = this.selection.current() ?? this.selection.bounds;
    if (bounds) void this.open(bounds, this.suggestButton);
  };

  private async open(selected: SelectionBounds, opener: Element | null): Promise<void> {
    const region = this.region;
    if (!region) return;
    const bounds = wholeWords(selected);
    const source = sourceOf(bounds.start.node, region);
    const bundle = this.data.value;
    const draft: Draft = {
      bounds,
      excerpt: excerptOf(bounds, region),
      source: source && bundle ? this.resolve(bundle, source) : source,
      sourceLabel: source && bundle ? this.label(bundle, source) : null,
      lang: langAt(bounds.start.node) || undefined,
    };
    this.sending.abort();
    clearTimeout(this.closeTimer);
    this.draft = draft;
    this.comment = this.memory.open(draft, opener);
    this.sent = false;
    this.failure = '';
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

  private label(bundle: Bundle, source: Source): Draft['sourceLabel'] {
    const lang = bundle.article.lang;
    try {
      if (source.kind === 'quote') {
        const content = speakerOf(bundle, quoteById(bundle, source.id)).name;
        return { sentence: this.t.term('sourceQuote', SLOT), content, lang };
      }
      if (source.kind === 'takeaway') {
        const takeaway = takeawayByRef(bundle, source.id);
        return { sentence: this.t.term('sourceTakeaway', takeaway.number, SLOT), content: takeaway.title, lang };
      }
    } catch {
      // An id the bundle doesn't know: show the id alone.
    }
    return null;
  }

  private readonly onInput = (event: Event): void => {
    this.comment = (event.target as HTMLTextAreaElement).value;
    this.memory.edit(this.comment);
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
      await this.fail('the endpoint is not an http(s) address', this.t.term('sendFailed', 'endpoint'));
      return;
    }
    this.failure = '';
    void this.sending.run([url, detail]);
  }

  /** Shows `shown` (in the interface language) in the dialog and reports `problem` (English) to the page. */
  private async fail(problem: string, shown: string): Promise<void> {
    this.failure = shown;
    emit(this, 'summit-error', { code: 'correction-failed', message: `Could not send the correction: ${problem}.` });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.send')?.focus();
  }

  private async succeed(): Promise<void> {
    this.sent = true;
    this.failure = '';
    this.memory.forget();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.close')?.focus();
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => this.dialog?.close(), THANKS_MS);
  }

  private readonly onClose = (): void => {
    clearTimeout(this.closeTimer);
    this.sending.abort();
    const { draft, sent } = this;
    if (draft && !sent) restoreSelection(draft.bounds);
    this.sent = false;
    this.memory.returnTarget(this.selection.hasSelection ? this.suggestButton : null)?.focus();
  };

  protected override render(): TemplateResult {
    const { t } = this;
    return html`<slot></slot>
      <div
        class="bar ${this.selection.anchored ? 'anchored' : ''}"
        part="bar"
        ?hidden=${!this.selection.hasSelection}
        lang=${t.locale()}
        dir=${live(t.dir())}
      >
        <button
          class="suggest"
          part="suggest-button"
          type="button"
          @mousedown=${(event: Event) => {
            event.preventDefault();
          }}
          @click=${this.onSuggest}
        >
          ${t.term('suggestCorrection')}
        </button>
      </div>
      ${this.data.render((bundle) => this.renderHint(bundle))} ${this.renderDialog()}`;
  }

  /**
   * The outlet's invitation, then how to report from the page (the Ctrl + Enter hint), which needs our script: until
   * the element runs (server HTML not yet hydrated, or read without script) that sentence keeps its place but is not
   * shown, so the line tells only what works, and the upgrade moves nothing.
   */
  private renderHint(bundle: Bundle): TemplateResult {
    const { prompt, hint, url } = bundle.corrections;
    const safeUrl = httpUrl(url);
    return html`<p class="hint" part="hint" lang=${bundle.article.lang} dir=${dirOf(bundle.article.lang)}>
      ${safeUrl ? html`<a part="link" href=${safeUrl}>${sentence(prompt)}</a>` : sentence(prompt)}
      <span class="how">${sentence(hint)}</span>
    </p>`;
  }

  private renderDialog(): TemplateResult {
    const draft = this.draft;
    const sent = this.phase === 'sent';
    const { t } = this;
    return html`<dialog
      part="dialog"
      lang=${t.locale()}
      dir=${live(t.dir())}
      aria-labelledby="dialog-title"
      @close=${this.onClose}
      @keydown=${this.onDialogKeyDown}
    >
      <h2 id="dialog-title" class="title">${t.term('suggestCorrection')}</h2>
      ${sent || !draft ? nothing : this.renderForm(draft)}
      <p class="thanks" role="status">${sent ? t.term('thanks') : ''}</p>
      ${
        sent
          ? html`<div class="actions">
              <button class="close" part="close-button" type="button" @click=${() => this.dialog?.close()}>
                ${t.term('close')}
              </button>
            </div>`
          : nothing
      }
    </dialog>`;
  }

  private renderForm({ excerpt, source, sourceLabel, lang }: Draft): TemplateResult {
    const sending = this.phase === 'sending';
    const { t } = this;
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
      <textarea id="comment" part="comment" rows="3" .value=${live(this.comment)} @input=${this.onInput}></textarea>
      <p class="message" part="message" role="alert">${this.failure}</p>
      <div class="actions">
        <button class="send" part="send-button" type="button" ?disabled=${sending} @click=${() => void this.send()}>
          ${sending ? t.term('sending') : t.term('send')}
        </button>
        <button class="cancel" part="cancel-button" type="button" @click=${() => this.dialog?.close()}>
          ${t.term('cancel')}
        </button>
      </div>`;
  }
}
