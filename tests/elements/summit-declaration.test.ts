import { inEveryMode } from '../modes.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/summit-declaration.js';
import type { SummitDeclaration } from '../../src/elements/summit-declaration/summit-declaration.js';
import { cloneBundle, nextError, settle, shadowText } from '../helpers.js';

const $$ = (el: Element, selector: string): Element[] => [...el.shadowRoot!.querySelectorAll(selector)];
const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

inEveryMode(['define/summit-declaration.js'], ({ fixture }) =>
  describe('<summit-declaration>', () => {
    it('shows the title, the signatories with a <time>, and every point grouped by topic', async () => {
      const el = await fixture<SummitDeclaration>(html`<summit-declaration></summit-declaration>`);
      await settle(el);
      const h3 = el.shadowRoot!.querySelector('h3')!;
      expect(text(h3)).to.equal('Joint declaration of Russia and China');
      const meta = el.shadowRoot!.querySelector('[part="meta"]')!;
      expect(text(meta)).to.match(/^Signed by Vladimir Putin and Xi Jinping on .*2023$/);
      expect(meta.querySelector('time')!.getAttribute('datetime')).to.equal('2023-03-21');

      const groups = $$(el, '[part="group"]');
      expect(groups.map((g) => text(g.querySelector('h4')))).to.deep.equal([
        'Security',
        'NATO',
        'Ukraine',
        'Nuclear weapons',
        'Military',
        'Economy',
      ]);
      expect(groups.every((g) => g.querySelector('ul > li'))).to.equal(true);
      expect($$(el, 'li[part="point"]')).to.have.length(7);
      expect(text(groups[0])).to.contain('It is important to respect the legitimate concerns of all countries.');
      await expect(el).to.be.accessible();
    });
    it('gives each quoted point its quotations as figure › blockquote, and none to unquoted points', async () => {
      const el = await fixture<SummitDeclaration>(html`<summit-declaration></summit-declaration>`);
      await settle(el);
      const nuclear = el.shadowRoot!.querySelector('[data-point="nuclear-war-never"]')!;
      const quotes = [...nuclear.querySelectorAll('figure > blockquote')].map(text);
      expect(quotes).to.deep.equal([
        'never',
        'There can be no winners in a nuclear war, and it must never be unleashed',
      ]);
      expect(text(nuclear.querySelector('figcaption'))).to.equal('Russia–China joint declaration');
      const military = el.shadowRoot!.querySelector('[data-point="joint-military-exercises"]')!;
      expect(text(military)).to.contain('regularly conduct joint military exercises');
      expect(military.querySelector('blockquote')).to.equal(null);
      expect($$(el, 'figure blockquote')).to.have.length(6);
    });
    it('is accessible in dark theme', async () => {
      const el = await fixture<SummitDeclaration>(html`<summit-declaration theme="dark"></summit-declaration>`);
      await settle(el);
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      await expect(el).to.be.accessible();
    });
  }),
);

describe('<summit-declaration> in the page', () => {
  it('shows a readable error and fires summit-error once for an unknown topic', async () => {
    const el = await fixture<SummitDeclaration>(html`<summit-declaration theme="dark"></summit-declaration>`);
    await settle(el);
    const error = nextError(el);
    el.topics = 'security,weather';
    const { detail } = await error;
    expect(detail.code).to.equal('unknown-id');
    expect(detail.message).to.contain('weather');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    expect(shadowText(el)).to.contain('No declaration topic "weather"');
    expect($$(el, '[part="group"]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });
  it('leaves out the date when the declaration has none, and follows another bundle', async () => {
    const bundle = cloneBundle();
    delete bundle.declaration.date;
    bundle.declaration.title = 'Another declaration';
    const el = await fixture<SummitDeclaration>(html`<summit-declaration .bundle=${bundle}></summit-declaration>`);
    await settle(el);
    expect(text(el.shadowRoot!.querySelector('h3'))).to.equal('Another declaration');
    expect(text(el.shadowRoot!.querySelector('[part="meta"]'))).to.equal('Signed by Vladimir Putin and Xi Jinping');
    expect(el.shadowRoot!.querySelector('time')).to.equal(null);
  });

  it('shows only the topics named in `topics`, in that order', async () => {
    const el = await fixture<SummitDeclaration>(
      html`<summit-declaration topics="nuclear, security"></summit-declaration>`,
    );
    await settle(el);
    expect($$(el, '[part="group-heading"]').map(text)).to.deep.equal(['Nuclear weapons', 'Security']);
    expect(shadowText(el)).not.to.contain('NATO');
    await expect(el).to.be.accessible();

    el.topics = 'economy';
    await el.updateComplete;
    expect($$(el, '[part="group-heading"]').map(text)).to.deep.equal(['Economy']);
  });

  it('puts the title at `heading-level` and the topics one level below', async () => {
    const el = await fixture<SummitDeclaration>(html`<summit-declaration heading-level="2"></summit-declaration>`);
    await settle(el);
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('Joint declaration of Russia and China');
    expect($$(el, 'h3')).to.have.length(6);
    expect($$(el, 'h4')).to.have.length(0);

    el.headingLevel = 6;
    await el.updateComplete;
    expect($$(el, 'h6')).to.have.length(7);
  });
});
