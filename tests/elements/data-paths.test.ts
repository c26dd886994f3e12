import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/quote-card.js';
import type { SummitErrorDetail } from '../../src/base/events.js';
import { clearBundleCache } from '../../src/data/load.js';
import type { QuoteCard } from '../../src/elements/quote-card/quote-card.js';
import {
  cloneBundle,
  fakeTimeouts,
  frameUntil,
  gated,
  nextError,
  requestCount,
  settle,
  shadowText,
  uniqueUrl,
  wasAborted,
} from '../helpers.js';

async function failing(
  src: string,
  extra: Partial<QuoteCard> = {},
): Promise<{ el: QuoteCard; detail: SummitErrorDetail }> {
  const el = document.createElement('quote-card');
  Object.assign(el, { quote: 'gabuev-embarrassed', src, ...extra });
  const error = nextError(el);
  const wrapper = await fixture(html`<div></div>`);
  wrapper.append(el);
  const { detail } = await error;
  await el.updateComplete;
  return { el, detail };
}

describe('data: the three ways in, shared by every element', () => {
  beforeEach(() => {
    clearBundleCache();
  });

  it('uses the default bundle with no configuration', async () => {
    const el = await fixture<QuoteCard>(html`<quote-card quote="blinken-not-fooled"></quote-card>`);
    await settle(el);
    expect(shadowText(el, 'figcaption')).to.contain('Antony Blinken');
  });

  it('shows a `bundle` object after validating it', async () => {
    const bundle = cloneBundle();
    bundle.people.find((p) => p.id === 'antony-blinken')!.name = 'A. Blinken';
    const el = await fixture<QuoteCard>(html`<quote-card quote="blinken-not-fooled" .bundle=${bundle}></quote-card>`);
    await settle(el);
    expect(shadowText(el, 'figcaption')).to.contain('A. Blinken');
  });

  it('explains an invalid `bundle` object by its failing path, and fires summit-error with the issues', async () => {
    const bundle = cloneBundle();
    bundle.quotes[3]!.speakerId = 'xi';
    const el = document.createElement('quote-card');
    el.quote = 'gabuev-embarrassed';
    el.bundle = bundle;
    const error = nextError(el);
    (await fixture(html`<div></div>`)).append(el);
    const { detail } = await error;
    expect(detail.code).to.equal('invalid-bundle');
    expect(detail.issues).to.deep.include({ path: 'quotes[3].speakerId', message: 'no person "xi"' });
    await el.updateComplete;
    expect(shadowText(el, '[role=alert]')).to.contain('quotes[3].speakerId: no person "xi"');
    await expect(el).to.be.accessible();
  });

  it('fetches `src` once for every element on the page that names it', async () => {
    const src = uniqueUrl('/test-api/bundle.json');
    const wrapper = await fixture(
      html`<div>
        ${['gabuev-embarrassed', 'daly-peacemaker', 'blinken-not-fooled', 'zelensky-partner-peace-formula'].map(
          (id) => html`<quote-card quote=${id} src=${src}></quote-card>`,
        )}
      </div>`,
    );
    const cards = [...wrapper.querySelectorAll('quote-card')];
    await Promise.all(cards.map((card) => settle(card)));
    expect(cards.every((card) => card.shadowRoot!.querySelector('blockquote'))).to.equal(true);
    expect(await requestCount(src)).to.equal(1);
  });

  it('reserves space while loading, then shows the quote', async () => {
    const gate = gated();
    const el = await fixture<QuoteCard>(html`<quote-card quote="daly-peacemaker" src=${gate.url}></quote-card>`);
    const loading = el.shadowRoot!.querySelector('.loading')!;
    expect(loading.textContent).to.contain('Loading');
    expect(loading.getBoundingClientRect().height).to.be.greaterThan(40);
    await expect(el).to.be.accessible();
    await gate.release();
    await settle(el);
    expect(shadowText(el, 'blockquote')).to.contain('peace');
    expect(el.shadowRoot!.querySelector('.loading')).to.equal(null);
  });

  it('aborts a superseded fetch: the last `src` wins and the old request is cancelled', async () => {
    const gate = gated();
    const el = await fixture<QuoteCard>(html`<quote-card quote="daly-peacemaker" src=${gate.url}></quote-card>`);
    try {
      await waitUntil(async () => (await requestCount(gate.url)) === 1, 'the held request never arrived', {
        timeout: 5000,
      });
      el.src = '/test-api/bundle.json';
      await settle(el);
      expect(el.shadowRoot!.querySelector('blockquote')).to.exist;
      expect(await wasAborted(gate.url)).to.equal(true);
    } finally {
      await gate.release();
    }
  });

  it('keeps a shared fetch going while another element still waits for it', async () => {
    const gate = gated();
    const wrapper = await fixture(
      html`<div>
        <quote-card quote="daly-peacemaker" src=${gate.url}></quote-card>
        <quote-card quote="daly-messaging" src=${gate.url}></quote-card>
      </div>`,
    );
    const [first, second] = [...wrapper.querySelectorAll('quote-card')];
    await waitUntil(async () => (await requestCount(gate.url)) === 1, 'the held request never arrived', {
      timeout: 5000,
    });
    first!.src = '/test-api/bundle.json';
    await settle(first!);
    await gate.release();
    await settle(second!);
    expect(second!.shadowRoot!.querySelector('blockquote')).to.exist;
    expect(await requestCount(`aborted:${gate.url}`)).to.equal(0);
    expect(await requestCount(gate.url)).to.equal(1);
  });

  const cases: [string, string, RegExp][] = [
    ['/test-api/not-found.json', 'http-error', /HTTP 404/],
    ['/test-api/server-error.json', 'http-error', /HTTP 500/],
    ['/test-api/not-json.json', 'invalid-json', /is not JSON/],
    [
      '/test-api/wrong-shape.json',
      'invalid-bundle',
      /Invalid bundle at \/test-api\/wrong-shape.json: article: is required/,
    ],
    ['http://127.0.0.1:9/bundle.json', 'network-error', /Could not reach/],
  ];
  for (const [src, code, message] of cases) {
    it(`shows ${code} for ${src} inside the element and fires summit-error`, async () => {
      const { el, detail } = await failing(src);
      expect(detail.code).to.equal(code);
      expect(detail.message).to.match(message);
      const alert = shadowText(el, '[role=alert]');
      expect(alert).to.match(message);
      expect(alert).to.contain(src.replace(/^http:\/\/127\.0\.0\.1:9/, ''));
      await expect(el).to.be.accessible();
    });
  }

  it('times out a slow response with a readable message', async () => {
    const gate = gated();
    const clock = fakeTimeouts();
    try {
      const el = document.createElement('quote-card');
      Object.assign(el, { quote: 'gabuev-embarrassed', src: gate.url, timeout: 200 });
      const error = nextError(el);
      document.body.append(el);
      await frameUntil(() => clock.delays().includes(200), 'the loader never set its 200 ms timeout');
      clock.tick(199);
      await el.updateComplete;
      expect(shadowText(el)).to.contain('Loading');
      clock.tick(1);
      const { detail } = await error;
      await el.updateComplete;
      expect(detail.code).to.equal('timeout');
      expect(shadowText(el, '[role=alert]')).to.contain('took longer than 0.2 s');
      el.remove();
    } finally {
      clock.restore();
      await gate.release();
    }
  });

  it('names an unknown id, once, and in dark mode is still accessible', async () => {
    const events: CustomEvent<SummitErrorDetail>[] = [];
    const wrapper = await fixture(
      html`<div @summit-error=${(e: CustomEvent<SummitErrorDetail>) => events.push(e)}>
        <quote-card quote="no-such-quote" theme="dark"></quote-card>
      </div>`,
    );
    const el = wrapper.querySelector('quote-card')!;
    await settle(el);
    el.requestUpdate();
    await el.updateComplete;
    await waitUntil(() => events.length > 0);
    expect(events.map((e) => e.detail.code)).to.deep.equal(['unknown-id']);
    expect(shadowText(el, '[role=alert]')).to.contain('No quote "no-such-quote"');
    await expect(el).to.be.accessible();
  });

  it('renders a hostile bundle inert: markup stays text, javascript: links are refused', async () => {
    const bundle = cloneBundle();
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const quote = bundle.quotes.find((q) => q.id === 'daly-peacemaker')!;
    quote.text = evil;
    quote.context = evil;
    const daly = bundle.people.find((p) => p.id === quote.speakerId)!;
    Object.assign(daly, { name: evil, role: evil, affiliation: evil });
    const el = await fixture<QuoteCard>(html`<quote-card quote="daly-peacemaker" .bundle=${bundle}></quote-card>`);
    await settle(el);
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(shadowText(el, 'blockquote')).to.contain('<img src=x');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);

    bundle.related[0]!.url = 'javascript:alert(1)';
    const refused = document.createElement('quote-card');
    refused.quote = 'daly-peacemaker';
    refused.bundle = bundle;
    const error = nextError(refused);
    el.after(refused);
    expect((await error).detail.issues).to.deep.include({ path: 'related[0].url', message: 'must be an http(s) URL' });
  });
});
