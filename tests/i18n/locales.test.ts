import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { loadLocale } from '../../src/base/localize.js';
import en from '../../src/locales/en.js';
import ru from '../../src/locales/ru.js';
import uk from '../../src/locales/uk.js';
import ukBundle from '../../data/moscow-summit-2023.uk.json';
import type { QuoteCard } from '../../src/elements/quote-card/quote-card.js';
import type { ReactionPanel } from '../../src/elements/reaction-panel/reaction-panel.js';
import type { SummitTakeaway } from '../../src/elements/summit-takeaway/summit-takeaway.js';
import { settle, shadowText } from '../helpers.js';
import { LOCALES } from './locales.js';

describe('locales', () => {
  for (const [code, terms] of Object.entries(LOCALES)) {
    it(`${code} has every key English has`, () => {
      const missing = Object.keys(en).filter((key) => !(key in terms));
      expect(missing).to.deep.equal([]);
    });
  }

  it('pluralises the progress line in Russian and Ukrainian (1, 2, 5, 21)', () => {
    expect([1, 2, 5, 21].map((n) => ru.progress(1, n))).to.deep.equal([
      'Вы читаете 1-й из 1 пункта',
      'Вы читаете 1-й из 2 пунктов',
      'Вы читаете 1-й из 5 пунктов',
      'Вы читаете 1-й из 21 пункта',
    ]);
    expect([1, 2, 5, 21].map((n) => uk.progress(n, n))).to.deep.equal([
      'Ви читаєте 1-й із 1 пункту',
      'Ви читаєте 2-й із 2 пунктів',
      'Ви читаєте 5-й із 5 пунктів',
      'Ви читаєте 21-й із 21 пункту',
    ]);
  });
});

describe('a Ukrainian interface', () => {
  before(() => loadLocale('uk'));

  it('speaks Ukrainian in a quote card, marks it, and keeps the bundle’s content', async () => {
    const el = await fixture<QuoteCard>(
      html`<quote-card lang="uk" quote="zelensky-partner-peace-formula"></quote-card>`,
    );
    await settle(el);
    const button = el.shadowRoot!.querySelector('button.copy')!;
    expect(button.textContent.replace(/\s+/g, ' ').trim()).to.equal('Копіювати цитату: Volodymyr Zelensky');
    expect(el.shadowRoot!.querySelector('figure')!.getAttribute('lang')).to.equal('uk');
    expect(el.shadowRoot!.querySelector('blockquote')!.getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('follows a change of lang at run time', async () => {
    const el = await fixture<SummitTakeaway>(html`<summit-takeaway lang="uk" takeaway="1"></summit-takeaway>`);
    await settle(el);
    expect(shadowText(el, '.toggle')).to.contain('Повний текст');
    el.lang = 'en';
    await el.updateComplete;
    expect(shadowText(el, '.toggle')).to.contain('Full text');
  });

  it('renders the Ukrainian bundle with no English left in a uk takeaway', async () => {
    const el = await fixture<SummitTakeaway>(
      html`<summit-takeaway lang="uk" takeaway="2" .bundle=${ukBundle}></summit-takeaway>`,
    );
    await settle(el);
    expect(shadowText(el)).not.to.match(/[A-Za-z]{3,}/);
    await expect(el).to.be.accessible();
  });
});

describe('a right-to-left interface', () => {
  before(() => loadLocale('ar'));

  it('mirrors the tabs: ArrowLeft moves to the next tab in Arabic', async () => {
    const el = await fixture<ReactionPanel>(html`<reaction-panel lang="ar"></reaction-panel>`);
    await settle(el);
    expect(el.shadowRoot!.querySelector('.reactions')!.getAttribute('dir')).to.equal('rtl');
    expect(el.shadowRoot!.querySelector('[role="tablist"]')!.getAttribute('aria-label')).to.equal(
      'ردود الفعل على القمة',
    );
    const tabs = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    tabs[0]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(tabs[1]);
    expect(tabs[1]!.getAttribute('aria-selected')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('keeps English content left to right on a dir="rtl" page', async () => {
    const wrapper = await fixture(
      html`<div dir="rtl"><quote-card quote="zelensky-waiting-for-answer"></quote-card></div>`,
    );
    const el = await settle(wrapper.querySelector<QuoteCard>('quote-card')!);
    expect(el.shadowRoot!.querySelector('figure')!.getAttribute('dir')).to.equal('rtl');
    expect(el.shadowRoot!.querySelector('blockquote')!.getAttribute('dir')).to.equal('ltr');
  });
});
