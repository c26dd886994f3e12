import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { SummitError } from '../../data/errors.js';
import type { Bundle, Related } from '../../data/schema.js';
import { httpUrl } from '../../base/links.js';
import { SummitElement } from '../../base/summit-element.js';
import { headingLevel, headingTemplate } from '../../base/templates.js';
import { formatDate } from '../../base/format.js';
import { summitRelatedStyles } from './summit-related.styles.js';

const DEFAULT_LABEL = 'Other Topics of Interest';

/**
 * The related-story teaser as a card: label, headline, standfirst and date. When the story has a URL the headline is
 * the card's one link, stretched over the whole card (screen readers hear one link; the whole card is clickable).
 * Without a URL there is no link. When the bundle has no related story the element renders nothing and hides itself.
 *
 * @tagname summit-related
 * @summary A related-story teaser card with one stretched link.
 *
 * @csspart card - The card (`<article>`).
 * @csspart label - The label above the headline ("Other Topics of Interest").
 * @csspart headline - The headline (a heading at `heading-level`).
 * @csspart link - The headline's link, when the story has a URL.
 * @csspart standfirst - The standfirst.
 * @csspart date - The story's `<time>`.
 * @csspart loading - The loading state.
 * @csspart error - The error message.
 *
 * @fires summit-error - The bundle could not be loaded or the related id is unknown.
 */
export class SummitRelated extends SummitElement {
  static override styles = [...SummitElement.styles, summitRelatedStyles];

  /** Id of the related story to show (`related[].id`); the first one when empty. */
  @property() related = '';

  /** Level of the headline (2–6, default 3). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Whether the last render found no related story to show (the host then hides itself). */
  private empty = false;

  /** Whether `hidden` was set by this element (so it only ever removes its own). */
  private hiddenByUs = false;

  protected override updated(): void {
    if (this.empty) {
      if (!this.hidden) {
        this.hidden = true;
        this.hiddenByUs = true;
      }
    } else if (this.hiddenByUs) {
      this.hidden = false;
      this.hiddenByUs = false;
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    this.empty = false;
    return this.data.render((bundle) => {
      const item = this.pick(bundle);
      if (!item) {
        this.empty = true;
        return nothing;
      }
      return this.renderCard(item, bundle.article.lang);
    });
  }

  private pick(bundle: Bundle): Related | undefined {
    const id = this.related.trim();
    if (!id) return bundle.related[0];
    const found = bundle.related.find((item) => item.id === id);
    if (!found) throw new SummitError('unknown-id', `No related story "${id}" in this bundle.`);
    return found;
  }

  private renderCard(item: Related, lang: string): TemplateResult {
    const url = httpUrl(item.url);
    const headline = url ? html`<a part="link" href=${url}>${item.headline}</a>` : item.headline;
    return html`<article class="card" part="card" lang=${lang}>
      <p class="label kicker" part="label">${item.label ?? DEFAULT_LABEL}</p>
      ${headingTemplate(headingLevel(this.headingLevel, 3), headline, { part: 'headline', className: 'headline' })}
      <p class="standfirst" part="standfirst">${item.standfirst}</p>
      ${
        item.date
          ? html`<time class="date" part="date" datetime=${item.date}>${formatDate(item.date, lang)}</time>`
          : nothing
      }
    </article>`;
  }
}
