import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { quoteById, requireRef, speakerOf } from '../../data/lookup.js';
import type { Bundle, Person, Quote } from '../../data/schema.js';
import { copyText } from '../../base/copy.js';
import { emit } from '../../base/events.js';
import { quoteLang, quotedText } from '../../base/format.js';
import { dirOf } from '../../base/localize.js';
import { SummitElement } from '../../base/summit-element.js';
import { attributionText } from '../../base/templates.js';
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
export class QuoteCard extends SummitElement<{ quote: Quote; speaker: Person }> {
  static override styles = [...SummitElement.styles, quoteCardStyles];

  static override properties = {
    quote: { reflect: true, useDefault: true },
    variant: { reflect: true, useDefault: true },
    noCopy: { type: Boolean, attribute: 'no-copy' },
    copied: { state: true },
  };

  /** Id of the quote to show (`quotes[].id` in the bundle). */
  quote = '';

  /** `default`, `pull` (large type, to break up an article) or `compact` (inline, one line of attribution). */
  variant: QuoteCardVariant = 'default';

  /** Hides the "Copy quote" button. */
  noCopy = false;

  /** @internal */
  // eslint-disable-next-line no-restricted-syntax -- reactive state (`static properties`): Lit needs its name
  private copied = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('quote')) this.copied = false;
    super.willUpdate(changed);
    // `variant` declares `useDefault`, so its initial value is not written over the variant a page gave (every card
    // in a takeaway); where the page gave none, the host shows the default (`variant="default"`), written once.
    if (!this.hasUpdated && !this.hasAttribute('variant')) this.requestUpdate('variant');
  }

  protected override resolveItem(bundle: Bundle): { quote: Quote; speaker: Person } {
    const quote = quoteById(bundle, requireRef(this.quote, 'quote'));
    return { quote, speaker: speakerOf(bundle, quote) };
  }

  async #copy(text: string): Promise<void> {
    const ok = await copyText(text, this);
    this.copied = ok;
    if (ok) emit(this, 'summit-quote-copy', { id: this.quote, text });
  }

  protected override renderItem({ quote, speaker }: { quote: Quote; speaker: Person }, bundle: Bundle): TemplateResult {
    const pageLang = bundle.article.lang;
    const { t } = this;
    const ui = t.locale();
    // Content is marked with its language where it differs from the interface around it, and always isolated.
    const contentLang = quoteLang(pageLang, ui);
    // "Name, role, affiliation" outside the blockquote; compact: "Name, role". Written inline, not as a nested
    // template: a card then renders one template (two with its copy button), which is most of what a card costs.
    const compact = this.variant === 'compact';
    return html`<figure class="card" part="figure" lang=${ui} dir=${t.dir()}>
      <blockquote
        part="quote"
        lang=${ifDefined(quoteLang(quote.lang ?? pageLang, ui))}
        dir=${dirOf(quote.lang ?? pageLang)}
      >
        <p>${quote.text}</p>
      </blockquote>
      <figcaption part="caption">
        <span class="attribution" lang=${ifDefined(contentLang)} dir=${dirOf(pageLang)}
          ><span class="speaker" part="speaker">${speaker.name}</span
          ><span class="role" part="role">${compact ? `, ${speaker.role}` : speaker.role}</span>${
            !compact && speaker.affiliation
              ? html`<span class="affiliation" part="affiliation">${speaker.affiliation}</span>`
              : nothing
          }</span
        >${
          this.noCopy
            ? nothing
            : html`<button
                class="copy"
                part="copy-button"
                type="button"
                ?data-copied=${this.copied}
                @click=${() => void this.#copy(quotedText(quote.text, attributionText(speaker), pageLang))}
              >
                ${this.copied ? t.term('copied') : t.term('copyQuote')}<span class="visually-hidden"
                  >${t.term('labelSeparator')}<span lang=${ifDefined(contentLang)} dir=${dirOf(pageLang)}
                    >${speaker.name}</span
                  ></span
                >
              </button>`
        }<span class="visually-hidden" role="status">${this.copied ? t.term('quoteCopied') : ''}</span>${
          quote.context && !compact
            ? html`<span class="context" part="context" lang=${ifDefined(contentLang)} dir=${dirOf(pageLang)}
                >${quote.context}</span
              >`
            : nothing
        }
      </figcaption>
    </figure>`;
  }
}
