import { inEveryMode } from '../modes.js';
import { expect, html, waitUntil } from '@open-wc/testing';
import { ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import '../../src/define/summit-explainer.js';
import '../../src/define/reaction-panel.js';
import type { LitElement } from 'lit';
import type { SummitTakeaway } from '../../src/elements/summit-takeaway/summit-takeaway.js';
import { loadLocale } from '../../src/base/localize.js';
import { shadowText } from '../helpers.js';

const BUILT = new URL('../../node_modules/.cache/summit-kit-tests/', import.meta.url).href;

/** Every shadow root under `root`, nested ones included. */
function shadowRoots(root: Element): ShadowRoot[] {
  const own = root.shadowRoot ? [root.shadowRoot] : [];
  const inside = [...(root.shadowRoot ?? root).querySelectorAll('*')].flatMap((el) => shadowRoots(el));
  return [...own, ...inside];
}

/**
 * Server-renders `template`, then hydrates it (removing `defer-hydration`, as the page's script does) while watching
 * every shadow root and listening for summit-kit events.
 */
async function hydrate(
  template: ReturnType<typeof html>,
  modules: string[],
): Promise<{ el: LitElement; replaced: Node[]; events: string[] }> {
  const el = await ssrNonHydratedFixture<LitElement>(template, { modules, base: BUILT });
  const replaced: Node[] = [];
  const events: string[] = [];
  for (const type of ['summit-error', 'summit-takeaway-toggle', 'summit-reaction-change', 'summit-quote-copy']) {
    el.addEventListener(type, () => events.push(type));
  }
  const observer = new MutationObserver((records) => {
    for (const record of records) replaced.push(...record.removedNodes);
  });
  const roots = shadowRoots(el);
  for (const root of roots) observer.observe(root, { childList: true, subtree: true });
  expect(roots.length).to.be.greaterThan(0);
  el.removeAttribute('defer-hydration');
  await el.updateComplete;
  for (const root of roots) await (root.host as Partial<LitElement>).updateComplete;
  for (const record of observer.takeRecords()) replaced.push(...record.removedNodes);
  observer.disconnect();
  return { el, replaced, events };
}

describe('hydration takes the server DOM over', () => {
  it('corrects the direction the server could not see (an ancestor’s dir), and only then renders again', async () => {
    const wrapper = await ssrNonHydratedFixture<HTMLElement>(
      html`<div dir="rtl"><quote-card quote="daly-peacemaker"></quote-card></div>
        <div><quote-card quote="daly-peacemaker"></quote-card></div>`,
      { modules: ['define/quote-card.js'], base: BUILT },
    );
    const [inRtl, plain] = [...wrapper.parentElement!.querySelectorAll<LitElement>('quote-card')];
    const figureDir = (card: LitElement) => card.shadowRoot!.querySelector('figure')!.getAttribute('dir');
    expect([figureDir(inRtl!), figureDir(plain!)], 'as the server wrote them').to.deep.equal(['ltr', 'ltr']);
    const updates = new Map<LitElement, number>();
    for (const card of [inRtl!, plain!]) {
      const count = () => updates.set(card, (updates.get(card) ?? 0) + 1);
      const updated = (card as unknown as { updated(changed: unknown): void }).updated.bind(card);
      (card as unknown as { updated(changed: unknown): void }).updated = (changed) => {
        count();
        updated(changed);
      };
      card.removeAttribute('defer-hydration');
    }
    await waitUntil(() => figureDir(inRtl!) === 'rtl', 'the card inside dir="rtl" turns right to left');
    await plain!.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(figureDir(plain!)).to.equal('ltr');
    expect(updates.get(plain!), 'the card the server got right renders once').to.equal(1);
    expect(updates.get(inRtl!), 'the other renders again').to.equal(2);
  });

  it('corrects the language the server could not see (an ancestor’s lang): its text and its lang alike', async () => {
    expect(await loadLocale('ru')).to.equal(true);
    const wrapper = await ssrNonHydratedFixture<HTMLElement>(
      html`<div lang="ru"><quote-card quote="daly-peacemaker"></quote-card></div>`,
      { modules: ['define/quote-card.js'], base: BUILT },
    );
    const card = wrapper.querySelector<LitElement>('quote-card')!;
    const figureLang = () => card.shadowRoot!.querySelector('figure')!.getAttribute('lang');
    expect(figureLang(), 'as the server wrote it').to.equal('en');
    expect(shadowText(card, '.copy')).to.match(/^Copy quote/);
    card.removeAttribute('defer-hydration');
    await waitUntil(() => figureLang() === 'ru', 'the card inside lang="ru" speaks Russian');
    expect(shadowText(card, '.copy')).to.match(/^Копировать цитату/);
  });

  it('the explainer, its takeaways and quote cards: no node replaced, no event, open state kept', async () => {
    const { el, replaced, events } = await hydrate(
      html`<summit-explainer quote-cards hash-links="off"></summit-explainer>`,
      ['define/summit-explainer.js'],
    );
    expect(replaced).to.deep.equal([]);
    expect(events).to.deep.equal([]);
    const takeaways = [...el.shadowRoot!.querySelectorAll<SummitTakeaway>('summit-takeaway')];
    expect(takeaways).to.have.length(7);
    // Hydrated: the buttons work.
    takeaways[2]!.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!.click();
    await takeaways[2]!.updateComplete;
    expect(takeaways[2]!.open).to.equal(true);
  });

  it('an open takeaway stays open and a selected tab stays selected', async () => {
    const { el, replaced, events } = await hydrate(html`<reaction-panel selected="united-states"></reaction-panel>`, [
      'define/reaction-panel.js',
    ]);
    expect(replaced).to.deep.equal([]);
    expect(events).to.deep.equal([]);
    expect(el.getAttribute('selected')).to.equal('united-states');
    expect(shadowText(el, '[role=tab][aria-selected=true]')).to.equal('United States');
    const open = await hydrate(html`<summit-takeaway takeaway="5" open></summit-takeaway>`, [
      'define/summit-takeaway.js',
    ]);
    expect(open.replaced).to.deep.equal([]);
    expect(open.el.shadowRoot!.querySelector<HTMLElement>('.body')!.hidden).to.equal(false);
    await expect(open.el).to.be.accessible();
  });
});

inEveryMode(['define/summit-explainer.js'], (mode) => {
  it('the server HTML already holds every takeaway’s text, never "Loading"', async () => {
    const el = await mode.fixture<LitElement>(html`<summit-explainer hash-links="off"></summit-explainer>`);
    const text = shadowRoots(el)
      .map((root) => root.textContent)
      .join(' ');
    expect(text).to.contain('Energy supplies');
    expect(text).to.contain('Power of Siberia 2');
    expect(text).not.to.contain('Loading');
  });
});
