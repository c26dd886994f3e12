import { inEveryMode } from '../modes.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/summit-takeaway.js';
import { SummitTakeaway } from '../../src/elements/summit-takeaway/summit-takeaway.js';
import type { QuoteCard } from '../../src/elements/quote-card/quote-card.js';
import { attributeWrites, nextError, settle, shadowText } from '../helpers.js';

const toggleOf = (el: SummitTakeaway): HTMLButtonElement => el.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!;
const bodyOf = (el: SummitTakeaway): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>('.body')!;
const headingOf = (el: SummitTakeaway): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>('.heading')!;

async function takeaway(ref = 'energy-supplies'): Promise<SummitTakeaway> {
  return settle(await fixture<SummitTakeaway>(html`<summit-takeaway takeaway=${ref}></summit-takeaway>`));
}

inEveryMode(['define/summit-takeaway.js'], ({ fixture }) =>
  describe('<summit-takeaway>', () => {
    const takeaway = async (ref = 'energy-supplies'): Promise<SummitTakeaway> =>
      settle(await fixture<SummitTakeaway>(html`<summit-takeaway takeaway=${ref}></summit-takeaway>`));

    it('shows the number, the title as a heading at level 3, and the summary', async () => {
      const el = await takeaway();
      const heading = headingOf(el);
      expect(heading.tagName).to.equal('H3');
      expect(heading.textContent.replace(/\s+/g, ' ').trim()).to.equal('5. Energy supplies');
      const number = el.shadowRoot!.querySelector('.number')!;
      expect(number.textContent).to.equal('5');
      expect(number.getAttribute('aria-hidden')).to.equal('true');
      expect(shadowText(el, '.summary')).to.contain('Power of Siberia 2 gas pipeline');
    });
    it('keeps an id the page gave it', async () => {
      const el = await fixture<SummitTakeaway>(html`<summit-takeaway id="mine" takeaway="5"></summit-takeaway>`);
      await settle(el);
      expect(el.id).to.equal('mine');
    });
    for (const level of [2, 3, 4, 5, 6]) {
      it(`renders the title as <h${level}> with heading-level="${level}"`, async () => {
        const el = await fixture<SummitTakeaway>(
          html`<summit-takeaway takeaway="5" heading-level=${level}></summit-takeaway>`,
        );
        await settle(el);
        expect(headingOf(el).tagName).to.equal(`H${level}`);
      });
    }
    for (const level of ['1', '7', 'big']) {
      it(`falls back to <h3> for heading-level="${level}"`, async () => {
        const el = await fixture<SummitTakeaway>(
          html`<summit-takeaway takeaway="5" heading-level=${level}></summit-takeaway>`,
        );
        await settle(el);
        expect(headingOf(el).tagName).to.equal('H3');
      });
    }
    it('starts open with the open attribute', async () => {
      const el = await fixture<SummitTakeaway>(html`<summit-takeaway takeaway="5" open></summit-takeaway>`);
      await settle(el);
      expect(toggleOf(el).getAttribute('aria-expanded')).to.equal('true');
      expect(bodyOf(el).hidden).to.equal(false);
    });
    it('marks the quotations of the full text as <q>, without doubled quotation marks', async () => {
      const el = await takeaway();
      const quotes = [...el.shadowRoot!.querySelectorAll('.body q')];
      expect(quotes.map((q) => q.textContent)).to.deep.equal(['growing demand']);
      expect(quotes[0]!.closest('p')!.textContent).to.contain('could meet Beijing’s growing demand for energy');
      expect(shadowText(el, '.body')).not.to.contain('“');
    });
    it('marks several quotations in one takeaway, none followed by a second closing mark', async () => {
      const el = await takeaway('us-reaction');
      const quotes = [...el.shadowRoot!.querySelectorAll('.body q')];
      expect(quotes.length).to.be.greaterThan(1);
      // The article writes `terms,” U.S. …`: the comma stays inside the quotation and <q> draws the only mark.
      const after = quotes.map((q) => (q.nextSibling?.textContent ?? '').slice(0, 2));
      expect(after.filter((text) => /^[,.;:!?]?[”"’]/.test(text))).to.deep.equal([]);
      expect(quotes.map((q) => q.textContent)).to.include.members([
        'The world should not be fooled by any tactical move by Russia – supported by China or any other country – to freeze the war on its own terms,',
      ]);
    });
    it('shows the quotations as compact quote cards with quote-cards, in its theme', async () => {
      const el = await fixture<SummitTakeaway>(
        html`<summit-takeaway takeaway="us-reaction" theme="dark" quote-cards open></summit-takeaway>`,
      );
      await settle(el);
      const cards = [...el.shadowRoot!.querySelectorAll<QuoteCard>('.quotes quote-card')];
      expect(cards.map((c) => c.quote)).to.deep.equal([
        'blinken-not-fooled',
        'daly-peacemaker',
        'daly-messaging',
        'daly-rules-based-order',
        'daly-move-the-needle',
      ]);
      await Promise.all(cards.map((c) => settle(c)));
      expect(cards.every((c) => c.variant === 'compact')).to.equal(true);
      expect(cards.map((c) => getComputedStyle(c).colorScheme)).to.deep.equal(cards.map(() => 'dark'));
      expect(shadowText(cards[0]!)).to.contain('Blinken');
      await expect(el).to.be.accessible();
    });
  }),
);

describe('<summit-takeaway> in the page', () => {
  it('does not write again the takeaway it was given; the state a reader changes is reflected', async () => {
    const { el, writes } = await attributeWrites(SummitTakeaway, { takeaway: '5' });
    expect(shadowText(el, '.heading')).to.equal('5. Energy supplies');
    expect(writes).to.deep.equal(['theme: null → auto', 'id: null → energy-supplies']);
    toggleOf(el).click();
    await el.updateComplete;
    expect(el.getAttribute('open')).to.equal('');
  });
  it('finds the takeaway by number and takes its id, so #energy-supplies links to it', async () => {
    const el = await takeaway('5');
    expect(el.id).to.equal('energy-supplies');
    expect(shadowText(el, '.heading')).to.equal('5. Energy supplies');
    el.takeaway = 'us-reaction';
    await settle(el);
    expect(el.id).to.equal('us-reaction');
    expect(shadowText(el, '.heading')).to.equal('7. The U.S. reaction');
  });
  it('opens and closes the full text on click, reflecting open and firing summit-takeaway-toggle', async () => {
    const el = await takeaway('5');
    const button = toggleOf(el);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal('body');
    expect(bodyOf(el).id).to.equal('body');
    expect(bodyOf(el).hidden).to.equal(true);
    expect(el.hasAttribute('open')).to.equal(false);

    const openedEvent = oneEvent(el, 'summit-takeaway-toggle');
    button.click();
    const opened = await openedEvent;
    expect(opened.detail).to.deep.equal({ id: 'energy-supplies', open: true });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(bodyOf(el).hidden).to.equal(false);
    expect(el.hasAttribute('open')).to.equal(true);
    expect(shadowText(el, '.body')).to.contain('Gazprom said on Tuesday');

    const closedEvent = oneEvent(el, 'summit-takeaway-toggle');
    button.click();
    const closed = await closedEvent;
    expect(closed.detail).to.deep.equal({ id: 'energy-supplies', open: false });
    await el.updateComplete;
    expect(bodyOf(el).hidden).to.equal(true);
    expect(el.hasAttribute('open')).to.equal(false);
  });
  it('is operated from the keyboard: Tab to the button, Enter opens, Space closes', async () => {
    const el = await takeaway();
    const events: boolean[] = [];
    el.addEventListener('summit-takeaway-toggle', (e) => events.push(e.detail.open));
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(toggleOf(el));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(toggleOf(el).getAttribute('aria-expanded')).to.equal('true');
    expect(bodyOf(el).hidden).to.equal(false);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(bodyOf(el).hidden).to.equal(true);
    expect(events).to.deep.equal([true, false]);
  });
  it('opens when the page sets open, without firing an event', async () => {
    const el = await takeaway();
    let fired = 0;
    el.addEventListener('summit-takeaway-toggle', () => fired++);
    el.open = true;
    await el.updateComplete;
    expect(toggleOf(el).getAttribute('aria-expanded')).to.equal('true');
    expect(bodyOf(el).hidden).to.equal(false);
    el.setAttribute('open', '');
    el.removeAttribute('open');
    await el.updateComplete;
    expect(bodyOf(el).hidden).to.equal(true);
    expect(fired).to.equal(0);
  });
  it('copies the page address with the takeaway hash and says so', async () => {
    const el = await takeaway('5');
    const copy = el.shadowRoot!.querySelector<HTMLButtonElement>('.copy')!;
    const status = el.shadowRoot!.querySelector('.copy-status')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent.trim()).to.equal('');
    // What reaches the clipboard API, in both browsers (Firefox lets a page write the clipboard but not read it).
    const clipboard = navigator.clipboard as { writeText: (text: string) => Promise<void> };
    const write = clipboard.writeText.bind(clipboard);
    const offered: string[] = [];
    clipboard.writeText = (text) => {
      offered.push(text);
      return write(text);
    };
    try {
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(copy);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => status.textContent.trim() !== '', 'no copy status');
    } finally {
      delete (clipboard as Partial<typeof clipboard>).writeText;
    }
    const expected = new URL(location.href);
    expected.hash = 'energy-supplies';
    // A real key press is a user gesture, so both browsers let the copy through.
    expect(status.textContent).to.equal('Link copied');
    expect(offered).to.deep.equal([expected.href]);
  });
  it('says so readably when the clipboard refuses the link', async () => {
    const el = await takeaway('5');
    const clipboard = navigator.clipboard as { writeText: (text: string) => Promise<void> };
    const doc = document as { execCommand: (command: string) => boolean };
    clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
    doc.execCommand = () => false;
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('.copy')!.click();
      const status = el.shadowRoot!.querySelector('.copy-status')!;
      await waitUntil(() => status.textContent.trim() !== '', 'no copy status');
      expect(status.textContent).to.equal('Could not copy the link; copy it from the address bar instead.');
    } finally {
      delete (clipboard as Partial<typeof clipboard>).writeText;
      delete (doc as Partial<typeof doc>).execCommand;
    }
  });
  it('shows a readable error and fires summit-error for an unknown takeaway', async () => {
    const el = document.createElement('summit-takeaway');
    el.takeaway = 'no-such-thing';
    const error = nextError(el);
    await fixture(html`<div></div>`).then((div) => {
      div.append(el);
    });
    const { detail } = await error;
    await settle(el);
    expect(detail.code).to.equal('unknown-id');
    expect(detail.message).to.contain('No takeaway "no-such-thing"');
    expect(shadowText(el)).to.contain('No takeaway "no-such-thing" in this bundle');
    expect(el.id).to.equal('');
    await expect(el).to.be.accessible();
  });
  it('loads from src', async () => {
    const el = await fixture<SummitTakeaway>(
      html`<summit-takeaway src="/test-api/bundle.json" takeaway="irony-factor"></summit-takeaway>`,
    );
    await settle(el);
    expect(shadowText(el, '.heading')).to.equal('2. The irony factor');
  });
  for (const theme of ['light', 'dark'] as const) {
    it(`is accessible closed and open in ${theme}`, async () => {
      const el = await fixture<SummitTakeaway>(
        html`<summit-takeaway takeaway="china-the-peacemaker" theme=${theme}></summit-takeaway>`,
      );
      await settle(el);
      await expect(el).to.be.accessible();
      toggleOf(el).click();
      await el.updateComplete;
      expect(bodyOf(el).hidden).to.equal(false);
      await expect(el).to.be.accessible();
    });
  }
  it('lays out right to left in an RTL page', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div dir="rtl"><summit-takeaway takeaway="1" open></summit-takeaway></div>`,
    );
    const el = wrapper.querySelector('summit-takeaway')!;
    await settle(el);
    const article = el.shadowRoot!.querySelector('article')!;
    expect(getComputedStyle(article).direction).to.equal('rtl');
    const number = el.shadowRoot!.querySelector('.number')!.getBoundingClientRect();
    const heading = headingOf(el).getBoundingClientRect();
    expect(number.left).to.be.greaterThan(heading.left);
    await expect(el).to.be.accessible();
  });
});
