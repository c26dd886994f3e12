import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/quote-card.js';
import type { QuoteCard } from '../../src/elements/quote-card/quote-card.js';
import { settle, shadowText } from '../helpers.js';

describe('<quote-card>', () => {
  it('renders a quote from the default bundle as figure › blockquote + figcaption', async () => {
    const el = await fixture<QuoteCard>(html`<quote-card quote="gabuev-embarrassed"></quote-card>`);
    await settle(el);
    const figure = el.shadowRoot!.querySelector('figure')!;
    expect(figure).to.exist;
    expect(figure.querySelector('blockquote')!.textContent).to.contain(
      'Xi Jinping can’t be embarrassed by meeting Putin',
    );
    const caption = figure.querySelector('figcaption')!;
    expect(caption.textContent).to.contain('Alexander Gabuev');
    expect(caption.textContent).to.contain('Carnegie Endowment for International Peace');
    expect(figure.querySelector('blockquote figcaption')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a readable error for an unknown id', async () => {
    const el = await fixture<QuoteCard>(html`<quote-card quote="nope"></quote-card>`);
    await settle(el);
    expect(shadowText(el)).to.contain('No quote "nope"');
  });
});
