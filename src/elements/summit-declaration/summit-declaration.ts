import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { declarationGroupsFor, personById, quotesOf, speakerOf } from '../../data/lookup.js';
import type { Bundle, DeclarationPoint, Quote } from '../../data/schema.js';
import { SummitElement } from '../../base/summit-element.js';
import { headingLevel, headingTemplate, type HeadingLevel } from '../../base/static-templates.js';
import { inSentence, namesTemplate, SLOT } from '../../base/sentences.js';
import { formatDate, quoteLang } from '../../base/format.js';
import { dirOf } from '../../base/localize.js';
import { summitDeclarationStyles } from './summit-declaration.styles.js';

type Group = ReturnType<typeof declarationGroupsFor>[number];

/**
 * The joint declaration: its title, who signed it and when, then its points as lists grouped by topic (security,
 * Ukraine, nuclear…), each point with the declaration's own words as `<figure>` › `<blockquote>` where the article
 * quotes them.
 *
 * @tagname summit-declaration
 * @summary The joint declaration's points, grouped by topic, with their quotations.
 *
 * @csspart heading - The declaration's title (a heading at `heading-level`).
 * @csspart meta - The "Signed by … on …" line.
 * @csspart date - The `<time>` of the signing.
 * @csspart group - One topic: its sub-heading and its list of points.
 * @csspart group-heading - The topic's sub-heading (one level below `heading-level`).
 * @csspart points - The `<ul>` of a topic's points.
 * @csspart point - One point (`<li>`).
 * @csspart point-text - The point's text.
 * @csspart quote - A quotation of the point (`<figure>`).
 * @csspart speaker - Who is quoted (in the quotation's `<figcaption>`).
 * @csspart loading - The loading state.
 * @csspart error - The error message.
 *
 * @fires summit-error - The bundle could not be loaded or a topic id is unknown.
 */
export class SummitDeclaration extends SummitElement<{ groups: Group[]; signatories: string[] }> {
  static override styles = [...SummitElement.styles, summitDeclarationStyles];

  static override properties = {
    topics: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Topics to show, by id and in this order (`topics="nuclear,security"`); all topics when empty. */
  topics = '';

  /** Level of the declaration's heading (2–6, default 3); topic headings are one level below. */
  headingLevel = 3;

  protected override resolveItem(bundle: Bundle): { groups: Group[]; signatories: string[] } {
    return {
      groups: declarationGroupsFor(bundle, this.topics),
      signatories: bundle.declaration.signatoryIds.map((id) => personById(bundle, id).name),
    };
  }

  protected override renderItem(
    { groups, signatories }: { groups: Group[]; signatories: string[] },
    bundle: Bundle,
  ): TemplateResult {
    const { declaration } = bundle;
    const lang = bundle.article.lang;
    const level = headingLevel(this.headingLevel, 3);
    const subLevel = Math.min(level + 1, 6) as HeadingLevel;
    const dir = dirOf(lang);
    return html`<div class="declaration card" lang=${this.t.locale()} dir=${this.t.dir()}>
      ${headingTemplate(level, html`<span lang=${lang} dir=${dir}>${declaration.title}</span>`)}
      ${this.#renderMeta(signatories, declaration.date, lang)}
      ${groups.map(
        (group) =>
          html`<div class="group" part="group" data-topic=${group.id} lang=${lang} dir=${dir}>
            ${headingTemplate(subLevel, group.label, { part: 'group-heading', className: 'group-heading kicker' })}
            <ul class="points" part="points">
              ${group.points.map((point) => this.#renderPoint(bundle, point, lang))}
            </ul>
          </div>`,
      )}
    </div>`;
  }

  /** "Signed by Vladimir Putin and Xi Jinping on March 21, 2023", in the interface language; the names in `lang`. */
  #renderMeta(signatories: string[], date: string | undefined, lang: string): TemplateResult | typeof nothing {
    if (signatories.length === 0 && !date) return nothing;
    const { t } = this;
    const ui = t.locale();
    const named = signatories.length > 0;
    const time = date ? html`<time part="date" datetime=${date}>${formatDate(date, ui)}</time>` : nothing;
    return html`<p class="meta" part="meta">
      ${named ? inSentence(t.term('signedBy', SLOT), namesTemplate(signatories, ui, lang), lang) : t.term('signed')}${
        date ? t.term(named ? 'signedByOn' : 'signedOn') : ''
      }${time}
    </p>`;
  }

  #renderPoint(bundle: Bundle, point: DeclarationPoint, lang: string): TemplateResult {
    return html`<li class="point" part="point" data-point=${point.id}>
      <p class="point-text" part="point-text">${point.text}</p>
      ${quotesOf(bundle, point).map((quote) => this.#renderQuote(bundle, quote, lang))}
    </li>`;
  }

  #renderQuote(bundle: Bundle, quote: Quote, lang: string): TemplateResult {
    const speaker = speakerOf(bundle, quote);
    return html`<figure class="quote" part="quote" data-quote=${quote.id}>
      <blockquote
        lang=${ifDefined(quoteLang(quote.lang, lang))}
        dir=${ifDefined(quote.lang ? dirOf(quote.lang) : undefined)}
      >
        <p>${quote.text}</p>
      </blockquote>
      <figcaption><span class="speaker" part="speaker">${speaker.name}</span></figcaption>
    </figure>`;
  }
}
