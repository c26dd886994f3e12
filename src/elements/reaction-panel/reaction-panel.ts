import { html, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { reactionsFor } from '../../data/lookup.js';
import type { Bundle, Reaction } from '../../data/schema.js';
import { emit } from '../../base/events.js';
import { dirOf } from '../../base/localize.js';
import { staticTag } from '../../base/static-templates.js';
import { SummitElement } from '../../base/summit-element.js';
import { reactionPanelStyles } from './reaction-panel.styles.js';

/**
 * Where a key press moves the focus among `count` tabs (wrapping), or `undefined` for keys the tabs ignore. In a
 * column (`vertical`), Down and Up move too.
 */
function nextIndex(key: string, current: number, count: number, rtl: boolean, vertical: boolean): number | undefined {
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = rtl ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward || (vertical && key === 'ArrowDown')) return (current + 1) % count;
  if (key === back || (vertical && key === 'ArrowUp')) return (current - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

/**
 * How each party reacted to the summit, one tab per reaction group, following the WAI-ARIA APG tabs pattern:
 * arrow keys (wrapping, mirrored in right-to-left text), Home and End move between tabs and open the one they reach;
 * Tab moves into the open panel. In a narrow container the tabs stack in a column: the tab list then says
 * `aria-orientation="vertical"` and Up and Down move between tabs as well. Each panel shows the group's summary and its quotations as quote cards.
 *
 * @tagname reaction-panel
 * @summary Reactions to the summit, one tab per party, with their quotations.
 *
 * @csspart base - The box around the tabs and panels.
 * @csspart tablist - The row of tabs (a column in a narrow container).
 * @csspart tab - Each tab; the open one also has the part `tab-selected`.
 * @csspart tab-selected - The open tab.
 * @csspart panel - Each tab panel.
 * @csspart summary - The group's summary at the top of its panel.
 * @csspart quote - Each nested quote card.
 * @csspart empty - Shown instead of the tabs when the bundle has no reaction groups.
 * @csspart loading - The loading state.
 * @csspart error - The error message.
 *
 * @fires {{ id: string }} summit-reaction-change - The reader opened another tab. Detail:
 * `{ id }` of the group.
 * @fires summit-error - The bundle could not be loaded or a party is unknown.
 */
export class ReactionPanel extends SummitElement<Reaction[]> {
  static override styles = [...SummitElement.styles, reactionPanelStyles];

  static override properties = {
    selected: { reflect: true },
    parties: {},
    label: {},
    vertical: { state: true },
  };

  /**
   * Id of the open group (`reactions[].id`). Defaults to the first group; an id not shown falls back to the first
   * group, and the attribute then names the group that is open.
   */
  selected?: string;

  /** Comma-separated group ids to show, in that order (`ukraine,united-states`); all groups when empty. */
  parties?: string;

  /** Accessible name of the tab list; "Reactions to the summit" in the interface language when empty. */
  label = '';

  /** @internal The tabs are stacked in a column (the styles' container query decides; this reads it). */
  // eslint-disable-next-line no-restricted-syntax -- reactive state (`static properties`): Lit needs its name
  private vertical = false;

  #resizeObserver?: ResizeObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    // Reads the layout the container query chose whenever the element's size changes. Server-rendered and not yet
    // hydrated (`defer-hydration`), the element has its shadow root but no render root yet: read the shadow root.
    this.#resizeObserver = new ResizeObserver(() => {
      const tablist = this.shadowRoot?.querySelector('.tablist');
      this.vertical = tablist ? getComputedStyle(tablist).flexDirection === 'column' : false;
    });
    this.#resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
  }

  /** The groups to show; an unknown or empty `selected` opens the first of them (the attribute then names it). */
  protected override resolveItem(bundle: Bundle): Reaction[] {
    const groups = reactionsFor(bundle, this.parties);
    if (groups.length > 0 && !groups.some((g) => g.id === this.selected)) this.selected = groups[0]?.id;
    return groups;
  }

  /** Opens a group on the reader's request, focuses its tab and tells the page. */
  #choose(id: string): void {
    this.shadowRoot?.getElementById(`tab-${id}`)?.focus();
    if (id === this.selected) return;
    this.selected = id;
    emit(this, 'summit-reaction-change', { id });
  }

  #onKeydown(event: KeyboardEvent, groups: readonly Reaction[]): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const current = groups.findIndex((g) => g.id === this.selected);
    // The tab list's own direction: an Arabic interface is right to left even on a left-to-right page.
    const rtl = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
    const index = nextIndex(event.key, Math.max(current, 0), groups.length, rtl, this.vertical);
    const target = index === undefined ? undefined : groups[index];
    if (!target) return;
    event.preventDefault();
    this.#choose(target.id);
  }

  protected override renderItem(groups: Reaction[], bundle: Bundle): TemplateResult {
    const { t } = this;
    const lang = bundle.article.lang;
    const dir = dirOf(lang);
    if (groups.length === 0) {
      return html`<p class="state empty" part="empty" lang=${t.locale()} dir=${t.dir()}>${t.term('noReactions')}</p>`;
    }
    const open = groups.some((g) => g.id === this.selected) ? this.selected : groups[0]?.id;
    const quoteCard = staticTag('quote-card');
    return html`<div class="reactions" part="base" lang=${t.locale()} dir=${t.dir()}>
      <div
        class="tablist"
        part="tablist"
        role="tablist"
        aria-label=${this.label || t.term('reactionsLabel')}
        aria-orientation=${this.vertical ? 'vertical' : 'horizontal'}
        @keydown=${(event: KeyboardEvent) => {
          this.#onKeydown(event, groups);
        }}
      >
        ${groups.map((group) => {
          const selected = group.id === open;
          return html`<button
            class="tab"
            part=${selected ? 'tab tab-selected' : 'tab'}
            type="button"
            role="tab"
            id=${`tab-${group.id}`}
            aria-selected=${selected ? 'true' : 'false'}
            aria-controls=${`panel-${group.id}`}
            tabindex=${selected ? '0' : '-1'}
            @click=${() => {
              this.#choose(group.id);
            }}
          >
            <span lang=${lang} dir=${dir}>${group.label}</span>
          </button>`;
        })}
      </div>
      ${groups.map(
        (group) =>
          html`<div
            class="panel"
            part="panel"
            role="tabpanel"
            id=${`panel-${group.id}`}
            aria-labelledby=${`tab-${group.id}`}
            data-label=${group.label}
            tabindex="0"
            ?hidden=${group.id !== open}
          >
            <p class="summary" part="summary" lang=${lang} dir=${dir}>${group.summary}</p>
            ${group.quoteIds.map(
              (id) => staticHtml`<${quoteCard} part="quote" .bundle=${bundle} quote=${id}></${quoteCard}>`,
            )}
          </div>`,
      )}
    </div>`;
  }
}
