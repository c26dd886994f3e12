import { inEveryMode } from '../modes.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/quote-card.js';
import '../../src/define/summit-data.js';
import type { SummitErrorDetail } from '../../src/base/events.js';
import type { SummitData } from '../../src/elements/summit-data/summit-data.js';
import { clearBundleCache } from '../../src/data/load.js';
import { cloneBundle, gated, requestCount, settle, shadowText, uniqueUrl, wasAborted } from '../helpers.js';

describe('<summit-data>', () => {
  beforeEach(() => {
    clearBundleCache();
  });

  it('gives its bundle property to every element inside it', async () => {
    const bundle = cloneBundle();
    bundle.people.find((p) => p.id === 'robert-daly')!.name = 'Robert Daly (provided)';
    const el = await fixture(
      html`<summit-data .bundle=${bundle}>
        <quote-card quote="daly-peacemaker"></quote-card>
        <quote-card quote="daly-messaging"></quote-card>
      </summit-data>`,
    );
    const cards = [...el.querySelectorAll('quote-card')];
    await Promise.all(cards.map((c) => settle(c)));
    for (const card of cards) expect(shadowText(card, 'figcaption')).to.contain('Robert Daly (provided)');
  });

  it('makes one request for a src shared by many elements', async () => {
    const src = uniqueUrl('/test-api/bundle.json');
    const el = await fixture(
      html`<summit-data src=${src}>
        <quote-card quote="daly-peacemaker"></quote-card>
        <quote-card quote="daly-messaging"></quote-card>
        <quote-card quote="gabuev-embarrassed"></quote-card>
      </summit-data>`,
    );
    const cards = [...el.querySelectorAll('quote-card')];
    await Promise.all(cards.map((c) => settle(c)));
    expect(cards.every((c) => c.shadowRoot!.querySelector('blockquote'))).to.equal(true);
    expect(await requestCount(src)).to.equal(1);
  });

  it('works side by side with a second provider on another bundle', async () => {
    const a = cloneBundle();
    const b = cloneBundle();
    a.people.find((p) => p.id === 'antony-blinken')!.role = 'Role from A';
    b.people.find((p) => p.id === 'antony-blinken')!.role = 'Role from B';
    const page = await fixture(
      html`<div>
        <summit-data .bundle=${a}><quote-card quote="blinken-not-fooled"></quote-card></summit-data>
        <summit-data .bundle=${b}><quote-card quote="blinken-not-fooled"></quote-card></summit-data>
      </div>`,
    );
    const [first, second] = [...page.querySelectorAll('quote-card')];
    await settle(first!);
    await settle(second!);
    expect(shadowText(first!, 'figcaption')).to.contain('Role from A');
    expect(shadowText(second!, 'figcaption')).to.contain('Role from B');
  });

  it('lets an element inside override the provided bundle with its own src', async () => {
    const bundle = cloneBundle();
    bundle.people.find((p) => p.id === 'robert-daly')!.name = 'Provided Daly';
    const el = await fixture(
      html`<summit-data .bundle=${bundle}>
        <quote-card quote="daly-peacemaker" src="/test-api/bundle.json"></quote-card>
      </summit-data>`,
    );
    const card = el.querySelector('quote-card')!;
    await settle(card);
    expect(shadowText(card, 'figcaption')).to.contain('Robert Daly');
    expect(shadowText(card, 'figcaption')).not.to.contain('Provided');
  });

  it('shows one message and fires one summit-error when its bundle fails', async () => {
    const events: CustomEvent<SummitErrorDetail>[] = [];
    const page = await fixture(
      html`<div @summit-error=${(e: CustomEvent<SummitErrorDetail>) => events.push(e)}>
        <summit-data src="/test-api/not-found.json">
          <quote-card quote="daly-peacemaker"></quote-card>
          <quote-card quote="daly-messaging"></quote-card>
        </summit-data>
      </div>`,
    );
    const provider = page.querySelector('summit-data')!;
    await waitUntil(() => events.length > 0, 'no summit-error');
    await Promise.all([...page.querySelectorAll('quote-card')].map((c) => settle(c)));
    await provider.updateComplete;
    expect(events).to.have.length(1);
    expect(events[0]!.detail.code).to.equal('http-error');
    expect(shadowText(provider, '[role=alert]')).to.contain('HTTP 404');
    for (const card of page.querySelectorAll('quote-card')) expect(shadowText(card)).to.equal('');
    await expect(provider).to.be.accessible();
  });

  it('cancels its fetch when its src changes before the bundle arrives', async () => {
    const gate = gated();
    const el = await fixture<SummitData>(
      html`<summit-data src=${gate.url}>
        <quote-card quote="daly-peacemaker"></quote-card>
      </summit-data>`,
    );
    const card = el.querySelector('quote-card')!;
    try {
      await waitUntil(async () => (await requestCount(gate.url)) === 1, 'the held request never arrived', {
        timeout: 5000,
      });
      expect(shadowText(el)).to.equal('');
      el.src = '/test-api/bundle.json';
      await waitUntil(() => card.shadowRoot!.querySelector('blockquote'), 'card never rendered the new bundle');
      expect(await wasAborted(gate.url)).to.equal(true);
      expect(await requestCount(gate.url)).to.equal(1);
    } finally {
      await gate.release();
    }
  });
});

inEveryMode(['define/summit-data.js', 'define/quote-card.js'], ({ fixture }) =>
  describe('<summit-data> with elements inside', () => {
    it('shows each element inside with its content, and nothing of its own', async () => {
      const el = await fixture<SummitData>(
        html`<summit-data>
          <quote-card quote="daly-peacemaker"></quote-card>
          <quote-card quote="gabuev-embarrassed"></quote-card>
        </summit-data>`,
      );
      await settle(el);
      const cards = [...el.querySelectorAll('quote-card')];
      await Promise.all(cards.map((c) => settle(c)));
      expect(cards.map((c) => shadowText(c, '.speaker'))).to.deep.equal(['Robert Daly', 'Alexander Gabuev']);
      expect(shadowText(cards[1]!, 'blockquote')).to.contain('Xi Jinping can’t be embarrassed');
      expect(el.shadowRoot!.querySelector('.state, [role=alert]')).to.equal(null);
      expect(getComputedStyle(el).display).to.equal('contents');
      await expect(el).to.be.accessible();
    });

    it('passes the bundle through a nested provider with no source of its own', async () => {
      const el = await fixture<SummitData>(
        html`<summit-data
          ><summit-data><quote-card quote="blinken-not-fooled"></quote-card></summit-data
        ></summit-data>`,
      );
      const card = el.querySelector('quote-card')!;
      await settle(card);
      expect(shadowText(card, 'figcaption')).to.contain('Antony Blinken');
      expect(shadowText(card, 'blockquote')).not.to.equal('');
    });
  }),
);
