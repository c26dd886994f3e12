import { expect, fixture, html, waitUntil } from '@open-wc/testing';

type DefineApi = typeof import('../../src/define.js');

/** The page's own, unrelated <quote-card>. */
class AcmeQuoteCard extends HTMLElement {
  connectedCallback() {
    this.textContent = 'acme card';
  }
}

describe('registration: renaming a tag the page already uses', () => {
  it('registers ours as <acme-quote-card>, and nested cards use that name', async () => {
    customElements.define('quote-card', AcmeQuoteCard);
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const url = '/dist/define.js';
      const { define } = (await import(/* @vite-ignore */ url)) as DefineApi;
      define({ 'quote-card': 'acme-quote-card' });
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('quote-card')).to.equal(AcmeQuoteCard);
    expect(customElements.get('acme-quote-card')).to.exist;

    const card = await fixture(html`<acme-quote-card quote="daly-peacemaker"></acme-quote-card>`);
    await waitUntil(() => card.shadowRoot?.querySelector('blockquote'));
    expect(card.shadowRoot!.textContent).to.contain('Robert Daly');

    const panel = await fixture(html`<reaction-panel></reaction-panel>`);
    await waitUntil(() => panel.shadowRoot?.querySelector('acme-quote-card'), 'panel did not render renamed cards');
    expect(panel.shadowRoot!.querySelector('quote-card')).to.equal(null);
  });
});
