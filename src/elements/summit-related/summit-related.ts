import { html, nothing, type TemplateResult } from 'lit';
import { relatedFor } from '../../data/lookup.js';
import type { Bundle, Related } from '../../data/schema.js';
import { httpUrl } from '../../base/links.js';
import { headingLevel, headingTemplate } from '../../base/static-templates.js';
import { SummitElement } from '../../base/summit-element.js';
import { formatDate } from '../../base/format.js';
import { dirOf } from '../../base/localize.js';
import { summitRelatedStyles } from './summit-related.styles.js';

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
export class SummitRelated extends SummitElement<Related | undefined> {
  static override styles = [...SummitElement.styles, summitRelatedStyles];

  static override properties = {
    related: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Id of the related story to show (`related[].id`); the first one when empty. */
  related = '';

  /** Level of the headline (2–6, default 3). */
  headingLevel = 3;

  /** Whether `hidden` was set by this element (so it only ever removes its own). */
  #hiddenByUs = false;

  protected override resolveItem(bundle: Bundle): Related | undefined {
    return relatedFor(bundle, this.related);
  }

  protected override updated(): void {
    // No related story to show: the host hides itself.
    if (this.resolved && !this.resolved.item) {
      if (!this.hidden) {
        this.hidden = true;
        this.#hiddenByUs = true;
      }
    } else if (this.#hiddenByUs) {
      this.hidden = false;
      this.#hiddenByUs = false;
    }
  }

  protected override renderItem(item: Related | undefined, bundle: Bundle): TemplateResult | typeof nothing {
    if (!item) return nothing;
    const lang = bundle.article.lang;
    const url = httpUrl(item.url);
    const { t } = this;
    const dir = dirOf(lang);
    const text = html`<span lang=${lang} dir=${dir}>${item.headline}</span>`;
    const headline = url ? html`<a part="link" href=${url}>${text}</a>` : text;
    return html`<article class="card" part="card" lang=${t.locale()} dir=${t.dir()}>
      ${
        item.label
          ? html`<p class="label kicker" part="label" lang=${lang} dir=${dir}>${item.label}</p>`
          : html`<p class="label kicker" part="label">${t.term('relatedLabel')}</p>`
      }
      ${headingTemplate(headingLevel(this.headingLevel, 3), headline, { part: 'headline', className: 'headline' })}
      <p class="standfirst" part="standfirst" lang=${lang} dir=${dir}>${item.standfirst}</p>
      ${
        item.date
          ? html`<time class="date" part="date" datetime=${item.date}>${formatDate(item.date, t.locale())}</time>`
          : nothing
      }
    </article>`;
  }
}
