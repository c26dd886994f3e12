import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { Bundle, Takeaway } from '../../data/schema.js';
import type { SummitTakeawayToggleDetail } from '../../base/events.js';
import { retrying } from '../../base/lazy.js';
import { dirOf } from '../../base/localize.js';
import { tagName } from '../../base/registry.js';
import { headingLevel, headingTemplate, staticTag } from '../../base/static-templates.js';
import { SummitElement } from '../../base/summit-element.js';
import type { SummitTakeaway } from '../summit-takeaway/summit-takeaway.js';
import type { ReadingProgressController } from './reading-progress.js';
import { summitExplainerStyles } from './summit-explainer.styles.js';

const byNumber = (a: Takeaway, b: Takeaway): number => a.number - b.number;

/** What measures the reading progress, loaded with the first explainer on the page. */
const loadProgress = retrying(() => import('./reading-progress.js'));

/**
 * The whole explainer: headline, standfirst, a contents list, and every takeaway in order (as `<summit-takeaway>`),
 * with a "3 of 7" reading progress and "Expand all" / "Collapse all". Opening the page at `#energy-supplies` opens
 * and scrolls to that takeaway; opening a takeaway puts its id in the address with `history.replaceState`.
 *
 * @tagname summit-explainer
 * @summary The article's "7 key things" with contents, reading progress and deep links.
 *
 * @csspart article - The whole explainer.
 * @csspart headline - The headline (`<h2>` by default).
 * @csspart standfirst - The standfirst paragraph.
 * @csspart intro - The line that introduces the takeaways.
 * @csspart contents - The contents `<nav>`.
 * @csspart toolbar - The sticky bar with the progress and the buttons.
 * @csspart progress - The "3 of 7" reading progress.
 * @csspart expand-button - "Expand all".
 * @csspart collapse-button - "Collapse all".
 * @csspart takeaways - The list of takeaways.
 * @csspart loading - The loading state.
 * @csspart error - The error message.
 *
 * @fires {{ id: string; open: boolean }} summit-takeaway-toggle - From a takeaway inside, when the reader
 * opens or closes it. Detail: `{ id, open }`.
 * @fires summit-error - The bundle could not be loaded.
 */
export class SummitExplainer extends SummitElement<Takeaway[]> {
  static override styles = [...SummitElement.styles, summitExplainerStyles];

  static override properties = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    hashLinks: { attribute: 'hash-links' },
    quoteCards: { type: Boolean, attribute: 'quote-cards' },
  };

  /** Level of the headline, 2–6 (default 2); the takeaways' titles are one level below. */
  headingLevel = 2;

  /** `off` leaves the address alone: no opening from `#id`, no hash updates. For hosts that own the hash. */
  hashLinks: 'on' | 'off' = 'on';

  /** Also shows each takeaway's quotations as compact quote cards after its text. */
  quoteCards = false;

  /**
   * Keeps the position (1-based) of the takeaway being read. What measures it loads once the explainer is on the page
   * (until then, and on the server, the progress says 1); a failed import is tried again when it returns.
   */
  #progress?: ReadingProgressController;
  #hashApplied = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
    if (!this.#progress) {
      loadProgress().then(
        ({ ReadingProgressController }) => {
          this.#progress ??= new ReadingProgressController(this, () => this.#takeawayElements());
        },
        () => undefined,
      );
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  protected override updated(): void {
    const items = this.#takeawayElements();
    if (!this.#hashApplied && this.resolved && items.length > 0) {
      this.#hashApplied = true;
      if (this.hashLinks !== 'off') void this.#goTo(this.#hashId(), { focus: false });
    }
  }

  /** The takeaway elements, in order (none before the render root exists: server-rendered, awaiting hydration). */
  #takeawayElements(): SummitTakeaway[] {
    const root = this.renderRoot as HTMLElement | ShadowRoot | undefined;
    return [...(root?.querySelectorAll<SummitTakeaway>(`.takeaways > ${tagName('summit-takeaway')}`) ?? [])];
  }

  #hashId(): string {
    try {
      return decodeURIComponent(location.hash.slice(1));
    } catch {
      return '';
    }
  }

  /** Opens the takeaway `id` (if it is one of ours), scrolls to it and, on request, moves focus to it. */
  async #goTo(id: string, { focus }: { focus: boolean }): Promise<boolean> {
    const target = id ? this.#takeawayElements().find((el) => el.takeaway === id) : undefined;
    if (!target) return false;
    await target.ready;
    target.open = true;
    await target.updateComplete;
    target.scrollIntoView({ block: 'start' });
    if (focus) target.focus({ preventScroll: true });
    return true;
  }

  #setHash(id: string | null): void {
    const url = new URL(location.href);
    url.hash = id ?? '';
    const next = id ? url.href : url.href.replace(/#$/, '');
    if (next !== location.href) history.replaceState(history.state, '', next);
  }

  readonly #onHashChange = (): void => {
    if (this.hashLinks !== 'off') void this.#goTo(this.#hashId(), { focus: true });
  };

  #onToggle(event: CustomEvent<SummitTakeawayToggleDetail>): void {
    if (this.hashLinks === 'off') return;
    const { id, open } = event.detail;
    if (open) this.#setHash(id);
    else if (this.#hashId() === id) this.#setHash(null);
  }

  #onContentsClick(event: MouseEvent, id: string): void {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void this.#goTo(id, { focus: true }).then((found) => {
      if (found && this.hashLinks !== 'off') this.#setHash(id);
    });
  }

  #setAll(open: boolean): void {
    for (const item of this.#takeawayElements()) item.open = open;
  }

  /** The takeaways in the article's order. */
  protected override resolveItem(bundle: Bundle): Takeaway[] {
    return [...bundle.takeaways].sort(byNumber);
  }

  protected override renderItem(takeaways: Takeaway[], bundle: Bundle): TemplateResult {
    const { article } = bundle;
    const level = headingLevel(this.headingLevel, 2);
    const itemLevel = Math.min(level + 1, 6);
    const total = takeaways.length;
    const current = Math.min(this.#progress?.position ?? 1, total);
    const tag = staticTag('summit-takeaway');
    const { t } = this;
    const dir = dirOf(article.lang);
    return html`<article part="article" lang=${t.locale()} dir=${t.dir()} aria-labelledby="headline">
      <header lang=${article.lang} dir=${dir}>
        ${headingTemplate(level, article.headline, { part: 'headline', id: 'headline', className: 'headline' })}
        <p class="standfirst" part="standfirst">${article.standfirst}</p>
        ${article.intro ? html`<p class="intro" part="intro">${article.intro}</p>` : nothing}
      </header>
      <nav part="contents" aria-label=${t.term('contents')}>
        <ol lang=${article.lang} dir=${dir}>
          ${takeaways.map(
            (t) =>
              html`<li>
                <a
                  href="#${t.id}"
                  @click=${(event: MouseEvent) => {
                    this.#onContentsClick(event, t.id);
                  }}
                  >${t.title}</a
                >
              </li>`,
          )}
        </ol>
      </nav>
      <div class="toolbar" part="toolbar">
        <p class="progress" part="progress" aria-live="off">
          <progress max=${total} .value=${current} aria-hidden="true"></progress
          ><span aria-hidden="true">${t.term('progressShort', current, total)}</span
          ><span class="visually-hidden">${t.term('progress', current, total)}</span>
        </p>
        <button
          class="expand-all"
          part="expand-button"
          type="button"
          @click=${() => {
            this.#setAll(true);
          }}
        >
          ${t.term('expandAll')}</button
        ><button
          class="collapse-all"
          part="collapse-button"
          type="button"
          @click=${() => {
            this.#setAll(false);
          }}
        >
          ${t.term('collapseAll')}
        </button>
      </div>
      <div
        class="takeaways"
        part="takeaways"
        @summit-takeaway-toggle=${(event: CustomEvent<SummitTakeawayToggleDetail>) => {
          this.#onToggle(event);
        }}
      >
        ${takeaways.map(
          (t) =>
            staticHtml`<${tag}
              takeaway=${t.id}
              heading-level=${itemLevel}
              ?quote-cards=${this.quoteCards}
              .bundle=${bundle}
            ></${tag}>`,
        )}
      </div>
    </article>`;
  }
}
