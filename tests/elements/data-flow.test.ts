import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/quote-card.js';
import '../../src/define/summit-data.js';
import '../../src/define/summit-related.js';
import '../../src/define/reaction-panel.js';
import type { SummitErrorDetail } from '../../src/base/events.js';
import { clearBundleCache } from '../../src/data/load.js';
import type { QuoteCard } from '../../src/elements/quote-card/quote-card.js';
import { cloneBundle, requestCount, settle, shadowText, uniqueUrl } from '../helpers.js';

/** Everything `el`'s shadow root showed after its first update, before any later one. */
async function firstFrame(el: QuoteCard): Promise<string> {
  let first = '';
  const done = el.updateComplete.then(() => (first = shadowText(el)));
  document.body.append(el);
  await done;
  return first;
}

describe('data flow: one resolved item per update', () => {
  beforeEach(() => {
    clearBundleCache();
  });

  it('renders data at hand in the first update: no loading frame (default bundle, property, provider)', async () => {
    const plain = Object.assign(document.createElement('quote-card'), { quote: 'daly-peacemaker' });
    expect(await firstFrame(plain)).to.contain('Robert Daly');
    const bundle = cloneBundle();
    bundle.people.find((p) => p.id === 'robert-daly')!.name = 'Robert Daly (property)';
    const own = Object.assign(document.createElement('quote-card'), { quote: 'daly-peacemaker', bundle });
    expect(await firstFrame(own)).to.contain('Robert Daly (property)');
    const provider = await fixture(html`<summit-data .bundle=${bundle}></summit-data>`);
    const inside = Object.assign(document.createElement('quote-card'), { quote: 'daly-peacemaker' });
    const first = inside.updateComplete.then(() => shadowText(inside));
    provider.append(inside);
    expect(await first).to.contain('Robert Daly (property)');
    for (const el of [plain, own]) el.remove();
  });

  it('a nested <summit-data> without a source hands its outer provider’s bundle on', async () => {
    const bundle = cloneBundle();
    bundle.people.find((p) => p.id === 'robert-daly')!.name = 'Outer Daly';
    const outer = await fixture(
      html`<summit-data .bundle=${bundle}
        ><summit-data><quote-card quote="daly-peacemaker"></quote-card></summit-data
      ></summit-data>`,
    );
    const card = outer.querySelector('quote-card')!;
    await settle(card);
    expect(shadowText(card, 'figcaption')).to.contain('Outer Daly');
  });

  it('empty quote is an error asking for one; empty related shows the first story; unknown is always an error', async () => {
    const events: string[] = [];
    const page = await fixture(
      html`<div @summit-error=${(e: CustomEvent<SummitErrorDetail>) => events.push(e.detail.message)}>
        <quote-card quote="  "></quote-card>
        <summit-related related=""></summit-related>
        <reaction-panel parties="ukraine,mars"></reaction-panel>
      </div>`,
    );
    const [card, related, panel] = [...page.children] as HTMLElement[];
    await waitUntil(() => events.length === 2, 'expected two summit-error events');
    expect(shadowText(card!, '[role=alert]')).to.contain('Choose a quote');
    expect(shadowText(related!, '.headline')).to.equal(cloneBundle().related[0]!.headline);
    expect(shadowText(panel!, '[role=alert]')).to.contain('No reaction group "mars"');
    expect(events).to.have.length(2);
    await expect(card).to.be.accessible();
  });

  it('removed mid-fetch: the request is aborted and nothing fires afterwards', async () => {
    const slow = uniqueUrl('/test-api/slow.json?ms=4000');
    const events: string[] = [];
    const wrapper = await fixture(
      html`<div @summit-error=${(e: CustomEvent<SummitErrorDetail>) => events.push(e.detail.code)}>
        <quote-card quote="daly-peacemaker" src=${slow} .timeout=${8000}></quote-card>
      </div>`,
    );
    const card = wrapper.querySelector('quote-card')!;
    await waitUntil(async () => (await requestCount(slow)) === 1, 'slow request never arrived');
    const errors: string[] = [];
    card.addEventListener('summit-error', (e) => errors.push(e.detail.code));
    card.remove();
    await waitUntil(async () => (await requestCount(`aborted:${slow}`)) === 1, 'the request was not aborted', {
      timeout: 3000,
    });
    await card.updateComplete;
    expect(errors).to.deep.equal([]);
    expect(events).to.deep.equal([]);
  });
});
