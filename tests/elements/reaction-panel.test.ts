import { inEveryMode, inLiveModes, type Mode } from '../modes.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/reaction-panel.js';
import type { SummitErrorDetail, SummitReactionChangeDetail } from '../../src/base/events.js';
import { defaultBundle } from '../../src/data/article-bundle.js';
import type { QuoteCard } from '../../src/elements/quote-card/quote-card.js';
import type { ReactionPanel } from '../../src/elements/reaction-panel/reaction-panel.js';
import { gated, settle, shadowText } from '../helpers.js';

const bundle = defaultBundle();
const groupIds = bundle.reactions.map((r) => r.id);
const labels = bundle.reactions.map((r) => r.label);

const tabs = (el: ReactionPanel): HTMLButtonElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]'),
];
const panels = (el: ReactionPanel): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tabpanel"]'),
];
const visiblePanels = (el: ReactionPanel): HTMLElement[] => panels(el).filter((p) => p.offsetParent !== null);
const focusedTab = (el: ReactionPanel): string | undefined => el.shadowRoot!.activeElement?.id;

/** Waits until the nested quote cards of the open panel have their data and have rendered. */
async function settleCards(el: ReactionPanel): Promise<QuoteCard[]> {
  const cards = [...el.shadowRoot!.querySelectorAll<QuoteCard>('[role="tabpanel"]:not([hidden]) quote-card')];
  await Promise.all(cards.map((card) => settle(card)));
  return cards;
}

/** Renders a panel in `mode` and waits for it and the quote cards of its open panel. */
const panelIn =
  (mode: Pick<Mode, 'fixture'>) =>
  async (template = html`<reaction-panel></reaction-panel>`): Promise<ReactionPanel> => {
    const el = await settle(await mode.fixture<ReactionPanel>(template));
    await settleCards(el);
    return el;
  };

/** The same in the browser alone (for what only the browser can do: fetch a `src`, hear the first `summit-error`). */
const panel = panelIn({ fixture });

/** Presses `key` on the focused element, then waits for the re-render. */
async function press(el: ReactionPanel, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

inEveryMode(['define/reaction-panel.js'], (mode) =>
  describe('<reaction-panel>', () => {
    const panel = panelIn(mode);

    it('wires the APG tabs roles and ARIA: one tab per group, each controlling its labelled panel', async () => {
      const el = await panel();
      const tablist = el.shadowRoot!.querySelector('[role="tablist"]')!;
      expect(tablist.getAttribute('aria-label')).to.equal('Reactions to the summit');
      expect(tabs(el).map((t) => t.textContent.trim())).to.deep.equal(labels);
      expect(panels(el)).to.have.length(groupIds.length);
      tabs(el).forEach((tab, i) => {
        const controlled = el.shadowRoot!.getElementById(tab.getAttribute('aria-controls')!)!;
        expect(controlled.getAttribute('role')).to.equal('tabpanel');
        expect(controlled.getAttribute('aria-labelledby')).to.equal(tab.id);
        expect(controlled.getAttribute('tabindex')).to.equal('0');
        expect(tab.getAttribute('aria-selected')).to.equal(i === 0 ? 'true' : 'false');
        expect(tab.getAttribute('tabindex')).to.equal(i === 0 ? '0' : '-1');
        expect(controlled.hidden).to.equal(i !== 0);
      });
      expect(visiblePanels(el)).to.have.length(1);
      expect(el.getAttribute('selected')).to.equal(groupIds[0]);
    });

    it('takes its accessible name from the label attribute', async () => {
      const el = await panel(html`<reaction-panel label="How the world reacted"></reaction-panel>`);
      expect(el.shadowRoot!.querySelector('[role="tablist"]')!.getAttribute('aria-label')).to.equal(
        'How the world reacted',
      );
    });

    it('opens the group that selected names', async () => {
      const el = await panel(html`<reaction-panel selected="united-states"></reaction-panel>`);
      expect(tabs(el)[1]!.getAttribute('aria-selected')).to.equal('true');
      expect(visiblePanels(el).map((p) => p.id)).to.deep.equal(['panel-united-states']);
      expect(el.getAttribute('selected')).to.equal('united-states');
    });

    it('opens the first group for an unknown selected, and says so in the attribute', async () => {
      const el = await panel(html`<reaction-panel selected="mars"></reaction-panel>`);
      expect(el.getAttribute('selected')).to.equal(groupIds[0]);
      expect(visiblePanels(el).map((p) => p.id)).to.deep.equal([`panel-${groupIds[0]!}`]);
      expect(shadowText(el)).not.to.contain('Content unavailable');
    });

    it('shows only the parties named, in that order', async () => {
      const el = await panel(html`<reaction-panel parties="united-states, ukraine"></reaction-panel>`);
      expect(tabs(el).map((t) => t.textContent.trim())).to.deep.equal(['United States', 'Ukraine']);
      expect(el.getAttribute('selected')).to.equal('united-states');
    });

    it('shows a readable error, and no tabs, for an unknown party', async () => {
      const el = await panel(html`<reaction-panel parties="ukraine,mars"></reaction-panel>`);
      expect(shadowText(el)).to.contain('No reaction group "mars"');
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
      expect(el.shadowRoot!.querySelector('[role="tablist"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('holds every group’s summary and its quotations as quote cards, open or not', async () => {
      const el = await panel();
      const shown = panels(el);
      expect(shown.map((p) => p.id)).to.deep.equal(groupIds.map((id) => `panel-${id}`));
      for (const [index, group] of bundle.reactions.entries()) {
        const open = shown[index]!;
        expect(open.querySelector('.summary')!.textContent).to.equal(group.summary);
        const cards = [...open.querySelectorAll<QuoteCard>('quote-card')];
        await Promise.all(cards.map((card) => settle(card)));
        expect(cards.map((c) => c.getAttribute('quote'))).to.deep.equal(group.quoteIds);
        cards.forEach((card, i) => {
          const quote = bundle.quotes.find((q) => q.id === group.quoteIds[i])!;
          expect(shadowText(card, 'blockquote')).to.contain(quote.text.replace(/\s+/g, ' ').trim());
          expect(shadowText(card, 'figcaption')).to.contain(bundle.people.find((p) => p.id === quote.speakerId)!.name);
        });
      }
    });

    it('has its nested quote cards follow its theme without passing it down', async () => {
      const el = await panel(html`<reaction-panel theme="dark"></reaction-panel>`);
      const cards = await settleCards(el);
      const surface = getComputedStyle(el.shadowRoot!.querySelector('.reactions')!).backgroundColor;
      expect(cards.length).to.be.greaterThan(0);
      expect(cards.map((c) => c.getAttribute('theme') ?? 'auto')).to.deep.equal(cards.map(() => 'auto'));
      expect(cards.map((c) => getComputedStyle(c.shadowRoot!.querySelector('figure')!).backgroundColor)).to.deep.equal(
        cards.map(() => surface),
      );
    });

    it('gives every tab a target of at least 24×24 px', async () => {
      const el = await panel();
      for (const tab of tabs(el)) {
        const { width, height } = tab.getBoundingClientRect();
        expect(width).to.be.at.least(24);
        expect(height).to.be.at.least(24);
      }
    });

    it('stacks the tabs in a 320 px container without horizontal scrolling', async () => {
      const wrapper = await mode.fixture<HTMLDivElement>(
        html`<div class="narrow">
          <style>
            .narrow {
              inline-size: 320px;
            }
          </style>
          <reaction-panel selected="united-states"></reaction-panel>
        </div>`,
      );
      const el = await settle(wrapper.querySelector('reaction-panel')!);
      await settleCards(el);
      const tablist = el.shadowRoot!.querySelector<HTMLElement>('[role="tablist"]')!;
      expect(tablist.scrollWidth).to.be.at.most(tablist.clientWidth);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      const [first, second] = tabs(el);
      expect(second!.getBoundingClientRect().top).to.be.greaterThan(first!.getBoundingClientRect().top);
      const edge = wrapper.getBoundingClientRect().right;
      for (const tab of tabs(el)) expect(tab.getBoundingClientRect().right).to.be.at.most(edge + 0.5);
    });

    it('keeps the tabs in one row in a wide container', async () => {
      const el = await panel();
      const [first, second] = tabs(el);
      expect(second!.getBoundingClientRect().top).to.equal(first!.getBoundingClientRect().top);
    });

    for (const theme of ['light', 'dark'] as const) {
      for (const id of groupIds) {
        it(`is accessible in ${theme} with "${id}" open`, async () => {
          const el = await panel(html`<reaction-panel theme=${theme} selected=${id}></reaction-panel>`);
          expect(visiblePanels(el).map((p) => p.id)).to.deep.equal([`panel-${id}`]);
          await expect(el).to.be.accessible();
        });
      }
    }
  }),
);

inLiveModes(['define/reaction-panel.js'], (mode) =>
  describe('<reaction-panel> operated by the reader', () => {
    const panel = panelIn(mode);

    it('moves focus and selection with ArrowRight/ArrowLeft (wrapping), Home and End', async () => {
      const el = await panel();
      const last = groupIds.length - 1;
      tabs(el)[0]!.focus();
      const expectOpen = (index: number): void => {
        const id = groupIds[index]!;
        expect(focusedTab(el)).to.equal(`tab-${id}`);
        expect(el.selected).to.equal(id);
        expect(tabs(el)[index]!.getAttribute('aria-selected')).to.equal('true');
        expect(tabs(el)[index]!.tabIndex).to.equal(0);
        expect(tabs(el).filter((t) => t.tabIndex === 0)).to.have.length(1);
        expect(visiblePanels(el).map((p) => p.id)).to.deep.equal([`panel-${id}`]);
      };
      await press(el, 'ArrowRight');
      expectOpen(1);
      await press(el, 'ArrowLeft');
      expectOpen(0);
      await press(el, 'ArrowLeft');
      expectOpen(last);
      await press(el, 'ArrowRight');
      expectOpen(0);
      await press(el, 'End');
      expectOpen(last);
      await press(el, 'Home');
      expectOpen(0);
    });

    it('mirrors the arrow keys in right-to-left text', async () => {
      const wrapper = await mode.fixture<HTMLDivElement>(html`<div dir="rtl"><reaction-panel></reaction-panel></div>`);
      const el = await settle(wrapper.querySelector('reaction-panel')!);
      tabs(el)[0]!.focus();
      await press(el, 'ArrowLeft');
      expect(el.selected).to.equal(groupIds[1]);
      expect(focusedTab(el)).to.equal(`tab-${groupIds[1]!}`);
      await press(el, 'ArrowRight');
      await press(el, 'ArrowRight');
      expect(el.selected).to.equal(groupIds[groupIds.length - 1]);
    });

    it('moves focus from the tab into the open panel with Tab', async () => {
      const el = await panel(html`<reaction-panel selected="analysts"></reaction-panel>`);
      tabs(el)[2]!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('panel-analysts');
      expect(el.shadowRoot!.activeElement?.getAttribute('role')).to.equal('tabpanel');
    });

    it('opens a group on click and tells the page; programmatic changes stay quiet', async () => {
      const el = await panel();
      const events: SummitReactionChangeDetail[] = [];
      el.addEventListener('summit-reaction-change', (e) => events.push(e.detail));
      tabs(el)[2]!.click();
      await el.updateComplete;
      expect(el.selected).to.equal(groupIds[2]);
      expect(visiblePanels(el).map((p) => p.id)).to.deep.equal([`panel-${groupIds[2]!}`]);
      expect(events).to.deep.equal([{ id: groupIds[2] }]);

      tabs(el)[2]!.click();
      await el.updateComplete;
      expect(events).to.have.length(1);

      tabs(el)[2]!.focus();
      await press(el, 'ArrowLeft');
      expect(events).to.deep.equal([{ id: groupIds[2] }, { id: groupIds[1] }]);

      el.selected = groupIds[0];
      await el.updateComplete;
      expect(tabs(el)[0]!.getAttribute('aria-selected')).to.equal('true');
      expect(visiblePanels(el).map((p) => p.id)).to.deep.equal([`panel-${groupIds[0]!}`]);
      expect(events).to.have.length(2);
    });

    it('fires an event that bubbles out of the element and crosses shadow roots', async () => {
      const el = await panel();
      const heard = new Promise<CustomEvent<SummitReactionChangeDetail>>((resolve) => {
        document.addEventListener('summit-reaction-change', resolve, { once: true });
      });
      tabs(el)[0]!.focus();
      await press(el, 'End');
      const event = await heard;
      expect(event.detail).to.deep.equal({ id: groupIds[groupIds.length - 1] });
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('reflects a selection the reader makes, and falls back to the first group for an unknown one', async () => {
      const el = await panel(html`<reaction-panel selected="united-states"></reaction-panel>`);
      tabs(el)[1]!.focus();
      await press(el, 'ArrowRight');
      expect(el.getAttribute('selected')).to.equal('analysts');

      el.setAttribute('selected', 'mars');
      await el.updateComplete;
      expect(el.selected).to.equal(groupIds[0]);
      expect(el.getAttribute('selected')).to.equal(groupIds[0]);
      expect(visiblePanels(el).map((p) => p.id)).to.deep.equal([`panel-${groupIds[0]!}`]);
    });

    it('follows a change of parties', async () => {
      const el = await panel(html`<reaction-panel parties="united-states, ukraine"></reaction-panel>`);
      expect(el.selected).to.equal('united-states');
      el.parties = 'analysts';
      await el.updateComplete;
      expect(tabs(el).map((t) => t.textContent.trim())).to.deep.equal(['Analysts']);
      expect(el.getAttribute('selected')).to.equal('analysts');
    });
  }),
);

describe('<reaction-panel> in the page', () => {
  it('fires summit-error once for an unknown party', async () => {
    const errors: SummitErrorDetail[] = [];
    const el = await fixture<ReactionPanel>(
      html`<reaction-panel
        parties="ukraine,mars"
        @summit-error=${(e: CustomEvent<SummitErrorDetail>) => errors.push(e.detail)}
      ></reaction-panel>`,
    );
    await settle(el);
    await waitUntil(() => errors.length > 0, 'no summit-error');
    expect(errors).to.have.length(1);
    expect(errors[0]!.code).to.equal('unknown-id');
    expect(errors[0]!.message).to.contain('mars');
  });

  it('loads from src and shows the loading state meanwhile', async () => {
    const gate = gated();
    const el = await fixture<ReactionPanel>(html`<reaction-panel src=${gate.url}></reaction-panel>`);
    expect(shadowText(el)).to.contain('Loading');
    await expect(el).to.be.accessible();
    await gate.release();
    await settle(el);
    expect(tabs(el)).to.have.length(groupIds.length);
  });

  it('shows the HTTP error for a src that is not found', async () => {
    const el = await panel(html`<reaction-panel src="/test-api/not-found.json"></reaction-panel>`);
    expect(shadowText(el)).to.contain('Content unavailable');
    expect(shadowText(el)).to.contain('404');
  });
});
