import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml } from 'lit/static-html.js';
import { quotesOf, takeawayByRef } from '../../data/lookup.js';
import { segmentParagraph } from '../../data/segments.js';
import type { Bundle, Quote, Takeaway } from '../../data/schema.js';
import { copyText } from '../../base/copy.js';
import { emit } from '../../base/events.js';
import { quoteLang } from '../../base/format.js';
import { dirOf } from '../../base/localize.js';
import { headingLevel, headingTemplate, staticTag } from '../../base/static-templates.js';
import { SummitElement } from '../../base/summit-element.js';
import { summitTakeawayStyles } from './summit-takeaway.styles.js';

/**
 * One of the article's takeaways: its number, its title as a real heading, the summary, and a disclosure with the full
 * text, whose quotations are marked up as `<q>`. The host takes the takeaway's id (unless the page gave it one), so
 * `#energy-supplies` links to it; "Copy link" copies the page address with that hash.
 *
 * @tagname summit-takeaway
 * @summary A numbered takeaway with an expandable body and a deep link.
 *
 * @csspart article - The card around the takeaway.
 * @csspart number - The takeaway's number.
 * @csspart heading - The title heading (`<h2>`…`<h6>`).
 * @csspart summary - The one-sentence summary.
 * @csspart actions - The row of buttons.
 * @csspart toggle-button - The button that shows or hides the full text.
 * @csspart copy-button - The "Copy link" button.
 * @csspart copy-status - "Link copied", or why it was not.
 * @csspart body - The full text.
 * @csspart quote - Each quotation in the full text (`<q>`).
 * @csspart quotes - The quote cards after the full text (with `quote-cards`).
 * @csspart loading - The loading state.
 * @csspart error - The error message.
 *
 * @fires {{ id: string; open: boolean }} summit-takeaway-toggle - The reader opened or closed the full
 * text. Detail: `{ id, open }`.
 * @fires summit-error - The bundle could not be loaded or the takeaway is unknown.
 */
export class SummitTakeaway extends SummitElement<{ takeaway: Takeaway; quotes: Quote[] }> {
  static override styles = [...SummitElement.styles, summitTakeawayStyles];

  static override properties = {
    takeaway: { reflect: true, useDefault: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    open: { type: Boolean, reflect: true, useDefault: true },
    quoteCards: { type: Boolean, attribute: 'quote-cards' },
    copyStatus: { state: true },
  };

  /** The takeaway to show: its id (`energy-supplies`) or its number (`5`). */
  takeaway = '';

  /** Level of the title heading, 2–6; anything else falls back to 3. */
  headingLevel = 3;

  /** Whether the full text is shown. */
  open = false;

  /** Also shows the takeaway's quotations as compact quote cards after the full text. */
  quoteCards = false;

  /** @internal */
  // eslint-disable-next-line no-restricted-syntax -- reactive state (`static properties`): Lit needs its name
  private copyStatus: '' | 'linkCopied' | 'linkCopyFailed' = '';

  /** The id this element gave its host, so a page's own id is never overwritten. */
  #autoId?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('takeaway')) this.copyStatus = '';
    super.willUpdate(changed);
  }

  protected override resolveItem(bundle: Bundle): { takeaway: Takeaway; quotes: Quote[] } {
    const takeaway = takeawayByRef(bundle, this.takeaway);
    return { takeaway, quotes: quotesOf(bundle, takeaway) };
  }

  protected override updated(): void {
    const id = this.resolved?.item.takeaway.id;
    if (!id || (this.id && this.id !== this.#autoId)) return;
    if (this.id !== id) this.id = id;
    this.#autoId = id;
  }

  /** Moves focus to the button that shows or hides the full text. */
  override focus(options?: FocusOptions): void {
    const button = this.renderRoot.querySelector<HTMLButtonElement>('.toggle');
    if (button) button.focus(options);
    else super.focus(options);
  }

  #onToggle(id: string): void {
    this.open = !this.open;
    emit(this, 'summit-takeaway-toggle', { id, open: this.open });
  }

  async #copyLink(id: string): Promise<void> {
    const url = new URL(location.href);
    url.hash = id;
    this.copyStatus = '';
    const ok = await copyText(url.href, this);
    this.copyStatus = ok ? 'linkCopied' : 'linkCopyFailed';
  }

  protected override renderItem(
    { takeaway: item, quotes }: { takeaway: Takeaway; quotes: Quote[] },
    bundle: Bundle,
  ): TemplateResult {
    const pageLang = bundle.article.lang;
    const dir = dirOf(pageLang);
    const { t } = this;
    const title = html`<span class="visually-hidden">${item.number}. </span
      ><span lang=${pageLang} dir=${dir}>${item.title}</span>`;
    return html`<article class="card" part="article" lang=${t.locale()} dir=${t.dir()}>
      <span class="number" part="number" aria-hidden="true">${item.number}</span
      >${headingTemplate(headingLevel(this.headingLevel, 3), title, { id: 'heading' })}
      <p class="summary" part="summary" lang=${pageLang} dir=${dir}>${item.summary}</p>
      <div class="actions" part="actions">
        <button
          class="toggle"
          part="toggle-button"
          type="button"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="body"
          @click=${() => {
            this.#onToggle(item.id);
          }}
        >
          <span class="chevron" aria-hidden="true">▸</span>${t.term('fullText')}<span class="visually-hidden"
            >${t.term('labelSeparator')}<span lang=${pageLang} dir=${dir}>${item.title}</span></span
          ></button
        ><button class="copy" part="copy-button" type="button" @click=${() => void this.#copyLink(item.id)}>
          ${t.term('copyLink')}<span class="visually-hidden"
            >${t.term('copyLinkBefore')}<span lang=${pageLang} dir=${dir}>${item.title}</span
            >${t.term('copyLinkAfter')}</span
          ></button
        ><span class="copy-status" part="copy-status" role="status"
          >${this.copyStatus ? t.term(this.copyStatus) : ''}</span
        >
      </div>
      <div class="body" id="body" part="body" ?hidden=${!this.open}>
        ${item.body.map(
          (paragraph) => html`<p lang=${pageLang} dir=${dir}>${this.#renderParagraph(paragraph, quotes, pageLang)}</p>`,
        )}
        ${this.quoteCards && quotes.length > 0 ? this.#renderCards(quotes, bundle) : nothing}
      </div>
    </article>`;
  }

  /** A paragraph's text with its quotations marked up; as a plain string when it quotes no one (no list to render). */
  #renderParagraph(paragraph: string, quotes: readonly Quote[], pageLang: string): unknown {
    const segments = segmentParagraph(paragraph, quotes);
    const [only] = segments;
    if (segments.length === 1 && only && !('quote' in only)) return only.text;
    return segments.map((segment) =>
      'quote' in segment
        ? html`<q
            part="quote"
            lang=${ifDefined(quoteLang(segment.quote.lang, pageLang))}
            dir=${ifDefined(segment.quote.lang ? dirOf(segment.quote.lang) : undefined)}
            >${segment.text}</q
          >`
        : segment.text,
    );
  }

  #renderCards(quotes: readonly Quote[], bundle: Bundle): TemplateResult {
    const tag = staticTag('quote-card');
    return html`<div class="quotes" part="quotes">
      ${quotes.map((quote) => staticHtml`<${tag} variant="compact" quote=${quote.id} .bundle=${bundle}></${tag}>`)}
    </div>`;
  }
}
