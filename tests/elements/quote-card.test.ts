import { inEveryMode } from '../modes.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/quote-card.js';
import type { SummitQuoteCopyDetail } from '../../src/base/events.js';
import { QuoteCard } from '../../src/elements/quote-card/quote-card.js';
import { attributeWrites, cloneBundle, settle, shadowText } from '../helpers.js';

const card = async (template: ReturnType<typeof html>): Promise<QuoteCard> =>
  settle(await fixture<QuoteCard>(template));

inEveryMode(['define/quote-card.js'], (mode) =>
  describe('<quote-card>', () => {
    const card = (template: ReturnType<typeof html>): Promise<QuoteCard> => mode.fixture<QuoteCard>(template);

    it('renders figure › blockquote + figcaption with speaker, role and affiliation', async () => {
      const el = await card(html`<quote-card quote="gabuev-embarrassed"></quote-card>`);
      const figure = el.shadowRoot!.querySelector('figure')!;
      expect(shadowText(el, 'blockquote')).to.equal(
        'Xi Jinping can’t be embarrassed by meeting Putin, and the verdict only puts Xi’s ‘dear friend’ in the Kremlin deeper into his pocket',
      );
      const caption = figure.querySelector(':scope > figcaption')!;
      expect(caption.querySelector('.speaker')!.textContent).to.equal('Alexander Gabuev');
      expect(caption.querySelector('.role')!.textContent).to.equal('senior fellow');
      expect(caption.querySelector('.affiliation')!.textContent).to.equal('Carnegie Endowment for International Peace');
      expect(figure.querySelector('blockquote figcaption, blockquote .speaker')).to.equal(null);
    });

    for (const theme of ['light', 'dark'] as const) {
      for (const variant of ['default', 'pull', 'compact'] as const) {
        it(`is accessible as ${variant} in ${theme}`, async () => {
          const el = await card(
            html`<quote-card quote="daly-peacemaker" variant=${variant} theme=${theme}></quote-card>`,
          );
          await expect(el).to.be.accessible();
        });
      }
    }

    it('draws the dark theme on a dark surface, and the light one on a light surface', async () => {
      const dark = await card(html`<quote-card quote="daly-peacemaker" theme="dark"></quote-card>`);
      const light = await card(html`<quote-card quote="daly-peacemaker" theme="light"></quote-card>`);
      const lum = (el: QuoteCard) => {
        const [r = 0, g = 0, b = 0] = getComputedStyle(el.shadowRoot!.querySelector('figure')!)
          .backgroundColor.match(/\d+/g)!
          .map(Number);
        return r + g + b;
      };
      expect(lum(dark)).to.be.below(150);
      expect(lum(light)).to.be.above(600);
    });

    it('compact shows a one-line attribution without affiliation or context', async () => {
      const el = await card(html`<quote-card quote="gabuev-embarrassed" variant="compact"></quote-card>`);
      expect(shadowText(el, 'figcaption')).to.contain('Alexander Gabuev, senior fellow');
      expect(el.shadowRoot!.querySelector('.affiliation')).to.equal(null);
      expect(el.shadowRoot!.querySelector('.context')).to.equal(null);
    });

    it('pull sets the quote in larger type than default', async () => {
      const pull = await card(html`<quote-card quote="daly-peacemaker" variant="pull"></quote-card>`);
      const plain = await card(html`<quote-card quote="daly-peacemaker"></quote-card>`);
      const size = (el: QuoteCard) =>
        parseFloat(getComputedStyle(el.shadowRoot!.querySelector('blockquote')!).fontSize);
      expect(size(pull)).to.be.greaterThan(size(plain));
    });

    it('sizes the pull quote by its own width; only pull cards are size containers (layout cost)', async () => {
      const wrapper = await mode.fixture(
        html`<div>
          <style>
            .w360 {
              inline-size: 360px;
            }
            .w900 {
              inline-size: 900px;
            }
          </style>
          <div class="w360"><quote-card quote="daly-peacemaker" variant="pull"></quote-card></div>
          <div class="w900"><quote-card quote="daly-peacemaker" variant="pull"></quote-card></div>
          <div class="w900"><quote-card quote="daly-peacemaker"></quote-card></div>
          <div class="w900"><quote-card quote="daly-peacemaker" variant="compact"></quote-card></div>
        </div>`,
      );
      const [narrow, wide, plain, compact] = [...wrapper.querySelectorAll<QuoteCard>('quote-card')];
      for (const el of [narrow, wide, plain, compact]) await settle(el!);
      const size = (el: QuoteCard) =>
        parseFloat(getComputedStyle(el.shadowRoot!.querySelector('blockquote')!).fontSize);
      expect(size(wide!)).to.be.greaterThan(size(narrow!));
      expect(getComputedStyle(wide!).containerType).to.equal('inline-size');
      expect(getComputedStyle(plain!).containerType).to.equal('normal');
      expect(getComputedStyle(compact!).containerType).to.equal('normal');
    });

    it('wraps a long quote at 320 px without overflowing', async () => {
      const wrapper = await mode.fixture(
        html`<div>
          <style>
            .narrow {
              inline-size: 320px;
            }
          </style>
          <div class="narrow"><quote-card quote="blinken-not-fooled"></quote-card></div>
        </div>`,
      );
      const el = wrapper.querySelector<QuoteCard>('quote-card')!;
      const figure = el.shadowRoot!.querySelector('figure')!;
      expect(figure.scrollWidth).to.be.at.most(figure.clientWidth + 1);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
    });

    it('marks the quote’s language when it differs from the bundle’s', async () => {
      const bundle = cloneBundle();
      bundle.quotes.find((q) => q.id === 'putin-no-readiness')!.lang = 'ru';
      const el = await card(html`<quote-card quote="putin-no-readiness" .bundle=${bundle}></quote-card>`);
      expect(el.shadowRoot!.querySelector('blockquote')!.getAttribute('lang')).to.equal('ru');
      const same = await card(html`<quote-card quote="daly-peacemaker"></quote-card>`);
      expect(same.shadowRoot!.querySelector('blockquote')!.hasAttribute('lang')).to.equal(false);
    });

    it('hides the copy button with no-copy', async () => {
      const el = await card(html`<quote-card quote="daly-messaging" no-copy></quote-card>`);
      expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    });
  }),
);

describe('<quote-card> in the page', () => {
  it('copies “text” — Name, role as plain text when the reader presses the button', async () => {
    const el = await card(html`<quote-card quote="daly-messaging"></quote-card>`);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button.copy')!;
    expect(button.getBoundingClientRect().height).to.be.at.least(24);
    button.focus();
    const copied = oneEvent(el, 'summit-quote-copy');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await copied) as CustomEvent<SummitQuoteCopyDetail>;
    expect(detail.id).to.equal('daly-messaging');
    expect(detail.text).to.equal(
      '“He’s more interested in that right now than actually doing specific things to attain peace in Ukraine. ' +
        'This is mostly about messaging.” — Robert Daly, director, Wilson Center’s Kissinger Institute on China',
    );
    await el.updateComplete;
    expect(button.textContent).to.contain('Copied');
    expect(shadowText(el, '[role=status]')).to.equal('Quote copied to the clipboard');
  });

  it('does not write back the quote or variant it was given; reflects the quote a script sets', async () => {
    const given = await attributeWrites(QuoteCard, { quote: 'daly-peacemaker', variant: 'compact' });
    expect(given.writes).to.deep.equal(['theme: null → auto']);
    const { el, writes } = await attributeWrites(QuoteCard, { quote: 'daly-peacemaker' });
    expect(shadowText(el, 'figcaption')).to.contain('Robert Daly');
    // Rendering shows the defaults on the host (theme, variant), each written once.
    expect(writes).to.deep.equal(['theme: null → auto', 'variant: null → default']);
    el.quote = 'blinken-not-fooled';
    await settle(el);
    expect(el.getAttribute('quote')).to.equal('blinken-not-fooled');
  });

  it('adds no empty quote attribute when it has none (and asks for one)', async () => {
    const { el, writes } = await attributeWrites(QuoteCard, {});
    expect(el.hasAttribute('quote')).to.equal(false);
    expect(writes).to.deep.equal(['theme: null → auto', 'variant: null → default']);
    expect(shadowText(el, '[part=error]')).to.contain('Choose a quote');
  });

  it('follows a change of the quote attribute', async () => {
    const el = await card(html`<quote-card quote="daly-messaging"></quote-card>`);
    el.quote = 'blinken-not-fooled';
    await settle(el);
    expect(shadowText(el, 'figcaption')).to.contain('Antony Blinken');
  });
});
