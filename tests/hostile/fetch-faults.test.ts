import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/quote-card.js';
import '../../src/define/summit-data.js';
import type { SummitErrorDetail } from '../../src/base/events.js';
import { clearBundleCache } from '../../src/data/load.js';
import { gated, requestCount, settle, shadowText, uniqueUrl, wasAborted } from '../helpers.js';

/** A quote card on the page with its `summit-error` events recorded from the start. */
async function mount(src: string, timeout?: number, parent?: HTMLElement) {
  const host = parent ?? (await fixture<HTMLDivElement>(html`<div></div>`));
  const el = document.createElement('quote-card');
  const events: SummitErrorDetail[] = [];
  el.addEventListener('summit-error', (e) => events.push(e.detail));
  el.quote = 'daly-peacemaker';
  if (timeout !== undefined) el.timeout = timeout;
  el.src = src;
  host.append(el);
  return { el, events, host };
}

/** Resolves once the test server has the request for `url` (so aborting it is something the server can see). */
const arrived = (url: string) => waitUntil(async () => (await requestCount(url)) === 1, `${url} never arrived`);
const QUOTE = /taken seriously as a peacemaker/;

describe('hostile: fetch faults', () => {
  beforeEach(() => {
    clearBundleCache();
  });

  const failures: [string, string, RegExp, number?][] = [
    ['/test-api/not-found.json', 'http-error', /HTTP 404/],
    ['/test-api/server-error.json', 'http-error', /HTTP 500/],
    ['/test-api/no-content.json', 'invalid-json', /is empty \(HTTP 204\)/],
    ['/test-api/empty.json', 'invalid-json', /is empty \(HTTP 200\)/],
    ['/test-api/invalid.json', 'invalid-json', /is not JSON/],
    ['/test-api/not-json.json', 'invalid-json', /served as a web page \(text\/html\)/],
    ['/test-api/typed.json?type=text/html', 'invalid-json', /served as a web page \(text\/html\)/],
    ['/test-api/huge.json', 'too-large', /larger than 2 MB/],
    ['/test-api/huge.json?chunked=1', 'too-large', /larger than 2 MB/],
    ['/test-api/drip.json?every=100', 'timeout', /took longer than 0.3 s/, 300],
    ['data:application/json,{"version":1}', 'invalid-url', /only from http\(s\) URLs/],
    ['javascript:alert(1)//.json', 'invalid-url', /only from http\(s\) URLs/],
    ['http://[::1/x.json', 'invalid-url', /is not a URL/],
  ];
  for (const [path, code, message, timeout] of failures) {
    it(`${path}: ${code}, shown inside the element, one summit-error`, async () => {
      const src = path.startsWith('/') ? uniqueUrl(path) : path;
      const { el, events } = await mount(src, timeout);
      await settle(el);
      expect(events.map((e) => e.code)).to.deep.equal([code]);
      expect(events[0]!.message).to.match(message);
      expect(shadowText(el, '[role=alert]')).to.match(message);
      await expect(el).to.be.accessible();
    });
  }

  it('connection refused: network-error inside the element', async () => {
    const src = (await fetch('/test-api/refused-url').then((r) => r.json())) as string;
    const { el, events } = await mount(src);
    await settle(el);
    expect(events.map((e) => e.code)).to.deep.equal(['network-error']);
    expect(shadowText(el, '[role=alert]')).to.contain('Could not reach http://127.0.0.1:');
  });

  it('a 20 MB body and a slow drip are given up: the server sees the request aborted', async () => {
    const huge = uniqueUrl('/test-api/huge.json?chunked=1');
    const drip = uniqueUrl('/test-api/drip.json?every=100');
    const a = await mount(huge);
    const b = await mount(drip, 200, a.host);
    await Promise.all([settle(a.el), settle(b.el)]);
    expect([a.events[0]?.code, b.events[0]?.code]).to.deep.equal(['too-large', 'timeout']);
    expect([await wasAborted(huge), await wasAborted(drip)]).to.deep.equal([true, true]);
  });

  it('a valid bundle served as application/octet-stream or text/plain renders', async () => {
    const a = await mount(uniqueUrl('/test-api/typed.json?type=application/octet-stream'));
    const b = await mount(uniqueUrl('/test-api/typed.json?type=text/plain'), undefined, a.host);
    await Promise.all([settle(a.el), settle(b.el)]);
    expect(shadowText(a.el, 'blockquote')).to.match(QUOTE);
    expect(shadowText(b.el, 'blockquote')).to.match(QUOTE);
    expect([...a.events, ...b.events]).to.deep.equal([]);
  });
});

describe('hostile: each element has its own timeout', () => {
  beforeEach(() => {
    clearBundleCache();
  });

  for (const order of ['patient first', 'impatient first']) {
    it(`${order}: the card with timeout="100" fails alone; the other renders when the response comes`, async () => {
      const { url: src, release } = gated();
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const first = order === 'patient first' ? undefined : 100;
      const a = await mount(src, first, host);
      const b = await mount(src, first === undefined ? 100 : undefined, host);
      const [impatient, patient] = first === undefined ? [b, a] : [a, b];
      await settle(impatient.el);
      expect(impatient.events.map((e) => e.code)).to.deep.equal(['timeout']);
      expect(shadowText(patient.el)).to.match(/Loading/);
      await release();
      await settle(patient.el);
      expect(shadowText(patient.el, 'blockquote')).to.match(QUOTE);
      expect(patient.events).to.deep.equal([]);
      expect(await requestCount(src)).to.equal(1);
    });
  }
});

describe('hostile: changes and removal mid-flight', () => {
  beforeEach(() => {
    clearBundleCache();
  });

  it('src changed mid-flight: the stale response never wins', async () => {
    const { url: stale, release } = gated();
    const { el, host } = await mount(stale);
    // A second card keeps the stale request alive, so its response really arrives after the change.
    const witness = await mount(stale, undefined, host);
    const fresh = gated({ as: 'b' });
    el.src = fresh.url;
    await fresh.release();
    await settle(el);
    expect(shadowText(el, 'figcaption')).to.contain('Robert Daly (bundle B)');
    await release();
    await settle(witness.el);
    expect(shadowText(witness.el, 'figcaption')).to.not.contain('(bundle B)');
    await el.updateComplete;
    expect(shadowText(el, 'figcaption')).to.contain('Robert Daly (bundle B)');
  });

  it('a removed element: its request is aborted, no event fires, and it loads again when put back', async () => {
    const { url: src, release } = gated();
    const { el, events, host } = await mount(src);
    await arrived(src);
    el.remove();
    expect(await wasAborted(src)).to.equal(true);
    await el.updateComplete;
    expect(events).to.deep.equal([]);
    host.append(el);
    await release();
    await settle(el);
    expect(shadowText(el, 'blockquote')).to.match(QUOTE);
    expect(await requestCount(src)).to.equal(2);
  });

  it('moving an element (removed and inserted in one task) keeps its one request', async () => {
    const { url: src, release } = gated();
    const { el, host } = await mount(src);
    const other = document.createElement('section');
    host.append(other);
    other.append(el);
    await release();
    await settle(el);
    expect(shadowText(el, 'blockquote')).to.match(QUOTE);
    expect(await requestCount(src)).to.equal(1);
  });

  it('a removed <summit-data>: its request is aborted and neither it nor the cards inside fire', async () => {
    const { url: src } = gated();
    const events: string[] = [];
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.addEventListener('summit-error', (e) => events.push(e.detail.code));
    const provider = document.createElement('summit-data');
    provider.src = src;
    const card = document.createElement('quote-card');
    card.quote = 'daly-peacemaker';
    provider.append(card);
    provider.addEventListener('summit-error', (e) => events.push(e.detail.code));
    card.addEventListener('summit-error', (e) => events.push(e.detail.code));
    host.append(provider);
    await arrived(src);
    provider.remove();
    expect(await wasAborted(src)).to.equal(true);
    await Promise.all([provider.updateComplete, card.updateComplete]);
    expect(events).to.deep.equal([]);
  });
});
