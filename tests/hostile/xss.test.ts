import { expect } from '@open-wc/testing';
import type { SummitElement } from '../../src/base/summit-element.js';
import type { Bundle } from '../../src/data/schema.js';
import { cloneBundle } from '../helpers.js';
import { deepElements, mountAll, outcome, visibleText } from './mount.js';
import { XSS_PAYLOADS, armTripwire } from './xss-corpus.js';

/** Keys of every text field an element displays. */
const TEXT_KEYS = new Set(
  'headline standfirst intro city source name role affiliation title summary body text context label prompt hint'.split(
    ' ',
  ),
);

/** The default bundle with every displayed text field set to `payload`. */
function everyTextField(payload: string): Bundle {
  const bundle = cloneBundle();
  const fill = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(fill);
    else if (typeof node === 'object' && node !== null) {
      const record = node as Record<string, unknown>;
      for (const [key, value] of Object.entries(record)) {
        if (TEXT_KEYS.has(key) && typeof value === 'string') record[key] = payload;
        else if (key === 'body' && Array.isArray(value)) record[key] = value.map(() => payload);
        else fill(value);
      }
    }
  };
  fill(bundle);
  return bundle;
}

/** What must never be in a shadow tree, whatever the data: scripts, frames, event-handler attributes, bad links. */
function dangerous(host: HTMLElement): string[] {
  return deepElements(host).flatMap((el) => {
    const found: string[] = [];
    if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'BASE', 'META'].includes(el.tagName)) found.push(`<${el.localName}>`);
    for (const { name } of el.attributes) if (name.startsWith('on')) found.push(`${el.localName}[${name}]`);
    const href = el.getAttribute('href');
    if (href !== null && !/^https?:/.test((el as HTMLAnchorElement).href)) found.push(`href=${href}`);
    return found;
  });
}

describe('hostile: XSS corpus', () => {
  const hits = armTripwire();

  it(`has at least 60 payloads (${XSS_PAYLOADS.length})`, () => {
    expect(XSS_PAYLOADS.length).to.be.at.least(60);
  });

  it('every displayed text field: each payload shows literally, nothing runs', async () => {
    for (const payload of XSS_PAYLOADS) {
      const bundle = everyTextField(payload);
      const { host, mounted } = await mountAll((el) => (el.bundle = bundle));
      const shown = payload.replace(/\s+/g, ' ').trim();
      for (const m of mounted) {
        expect(outcome(m), `${m.el.localName} with ${payload}`).to.equal('rendered');
        expect(visibleText(m.el), `${m.el.localName} with ${payload}`).to.contain(shown);
      }
      expect(dangerous(host), payload).to.deep.equal([]);
      host.remove();
    }
    expect(hits).to.deep.equal([]);
  });

  it('every URL field: a non-http(s) URL is refused by the schema, none reaches an href', async () => {
    for (const payload of XSS_PAYLOADS) {
      const bundle = cloneBundle();
      bundle.related[0]!.url = payload;
      bundle.corrections.url = payload;
      const { host, mounted } = await mountAll((el) => (el.bundle = bundle));
      for (const m of mounted)
        expect(outcome(m), `${m.el.localName} with ${payload}`).to.be.oneOf(['rendered', 'error']);
      expect(dangerous(host), payload).to.deep.equal([]);
      host.remove();
    }
    expect(hits).to.deep.equal([]);
  });

  it('every attribute, src included: each element shows content or a message, nothing runs', async () => {
    const names = ['quote', 'takeaway', 'parties', 'selected', 'label', 'topics', 'related', 'heading-level', 'theme'];
    for (const payload of XSS_PAYLOADS) {
      const { host, mounted } = await mountAll((el: SummitElement) => {
        for (const name of names) el.setAttribute(name, payload);
        if (payload.includes(':')) el.setAttribute('src', payload);
        el.setAttribute('endpoint', payload);
        el.setAttribute('for', payload);
      });
      for (const m of mounted)
        expect(outcome(m), `${m.el.localName} with ${payload}`).to.be.oneOf(['rendered', 'error']);
      expect(dangerous(host), payload).to.deep.equal([]);
      host.remove();
    }
    expect(hits).to.deep.equal([]);
  });

  it('forged Lit template objects and __proto__ keys are data, not templates or prototypes', async () => {
    const forged = { _$litType$: 1, strings: ['<img src=x onerror=__xss(100)>'], values: [] };
    const bundle = cloneBundle() as unknown as Record<string, Record<string, unknown>>;
    bundle.article!.headline = forged;
    const polluted = JSON.parse(
      `{"__proto__": {"polluted": "yes"}, ${JSON.stringify(cloneBundle()).slice(1)}`,
    ) as Record<string, unknown>;
    const results = [];
    for (const input of [bundle, polluted]) {
      const { host, mounted } = await mountAll((el) => (el.bundle = input));
      results.push(mounted.map(outcome));
      expect(dangerous(host)).to.deep.equal([]);
      host.remove();
    }
    expect(results[0]).to.deep.equal(Array(8).fill('error'));
    expect(results[1]).to.deep.equal(Array(8).fill('rendered'));
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(hits).to.deep.equal([]);
  });
});
