import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { quoteById, speakerOf } from '../../data/lookup.js';
import type { Bundle } from '../../data/schema.js';
import { copyText } from '../../base/copy.js';
import { emit } from '../../base/events.js';
import { quoteLang } from '../../base/format.js';
import { SummitElement } from '../../base/summit-element.js';
import { attributionTemplate, attributionText } from '../../base/templates.js';
import { quoteCardStyles } from './quote-card.styles.js';

export type QuoteCardVariant = 'default' | 'pull' | 'compact';

/**
 * One quotation from the bundle: `<figure>` › `<blockquote>` with the verbatim text, and a `<figcaption>` with the
 * speaker's name, role and affiliation (outside the blockquote, as the HTML spec asks).
 *
 * @tagname quote-card
 * @summary A verbatim quotation with its attribution and a copy button.
 *
 * @csspart figure - The `<figure>` card.
 * @csspart quote - The `<blockquote>`.
 * @csspart caption - The `<figcaption>`.
 * @csspart speaker - The speaker's name.
 * @csspart role - The speaker's role.
 * @csspart affiliation - The speaker's organisation or country.
 * @csspart context - Who said it, where and when.
 * @csspart copy-button - The "Copy quote" button.
 * @csspart loading - The loading state.
 * @csspart error - The error message.
 *
 * @fires {{ id: string; text: string }} summit-quote-copy - The reader copied the quote. Detail: `{ id, text }`.
 * @fires summit-error - The bundle could not be loaded or the quote id is unknown.
 */
export class QuoteCard extends SummitElement {
  static override styles = [...SummitElement.styles, quoteCardStyles];

  /** Id of the quote to show (`quotes[].id` in the bundle). */
  @property({ reflect: true }) quote = '';

  /** `default`, `pull` (large type, to break up an article) or `compact` (inline, one line of attribution). */
  @property({ reflect: true }) variant: QuoteCardVariant = 'default';

  /** Hides the "Copy quote" button. */
  @property({ type: Boolean, attribute: 'no-copy' }) noCopy = false;

  /** @internal */
  @state() private copied = false;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('quote')) this.copied = false;
  }

  private async copy(text: string): Promise<void> {
    const ok = await copyText(text, this);
    this.copied = ok;
    if (ok) emit(this, 'summit-quote-copy', { id: this.quote, text });
  }

  protected override render(): TemplateResult | typeof nothing {
    return this.data.render((bundle) => this.renderQuote(bundle));
  }

  private renderQuote(bundle: Bundle): TemplateResult {
    const quote = quoteById(bundle, this.quote);
    const speaker = speakerOf(bundle, quote);
    const pageLang = bundle.article.lang;
    const plain = `“${quote.text}” — ${attributionText(speaker)}`;
    return html`<figure class="card" part="figure" lang=${pageLang}>
      <blockquote part="quote" lang=${ifDefined(quoteLang(quote.lang, pageLang))}>
        <p>${quote.text}</p>
      </blockquote>
      <figcaption part="caption">
        <span class="attribution">${attributionTemplate(speaker, this.variant === 'compact')}</span>
        ${
          this.noCopy
            ? nothing
            : html`<button
                class="copy"
                part="copy-button"
                type="button"
                ?data-copied=${this.copied}
                @click=${() => void this.copy(plain)}
              >
                ${this.copied ? 'Copied' : 'Copy quote'}<span class="visually-hidden">: ${speaker.name}</span>
              </button>`
        }
        <span class="visually-hidden" role="status">${this.copied ? 'Quote copied to the clipboard' : ''}</span>
        ${
          quote.context && this.variant !== 'compact'
            ? html`<span class="context" part="context">${quote.context}</span>`
            : nothing
        }
      </figcaption>
    </figure>`;
  }
}
