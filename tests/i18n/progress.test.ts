import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { loadLocale } from '../../src/base/localize.js';
import type { Bundle } from '../../src/data/schema.js';
import type { SummitExplainer } from '../../src/elements/summit-explainer/summit-explainer.js';
import ukBundle from '../../data/moscow-summit-2023.uk.json';
import { settle, shadowText } from '../helpers.js';

/**
 * The explainer's reading progress in Russian and Ukrainian, as a reader sees and hears it, for 1, 2, 5 and 21
 * takeaways in all and for the 1st, 2nd, 5th and 21st of 21. The genitive after «из»/«із» follows the number:
 * 1 and 21 take the singular (пункта, пункту), 2 and 5 the plural (пунктов, пунктів). Written out by hand here, not
 * computed with the locale's own function.
 */

/** The Ukrainian sample with `n` takeaways (its first, numbered 1…n). */
function withTakeaways(n: number): Bundle {
  const base = ukBundle as Bundle;
  const first = base.takeaways[0]!;
  return {
    ...base,
    quotes: [],
    reactions: [],
    takeaways: Array.from({ length: n }, (_, i) => ({ ...first, id: `takeaway-${i + 1}`, number: i + 1 })),
  };
}

/** [position, total, what the eye sees, what a screen reader hears] */
type Line = [number, number, string, string];

const LINES: Record<'ru' | 'uk', Line[]> = {
  ru: [
    [1, 1, '1 из 1', 'Вы читаете 1-й из 1 пункта'],
    [1, 2, '1 из 2', 'Вы читаете 1-й из 2 пунктов'],
    [1, 5, '1 из 5', 'Вы читаете 1-й из 5 пунктов'],
    [1, 21, '1 из 21', 'Вы читаете 1-й из 21 пункта'],
    [2, 21, '2 из 21', 'Вы читаете 2-й из 21 пункта'],
    [5, 21, '5 из 21', 'Вы читаете 5-й из 21 пункта'],
    [21, 21, '21 из 21', 'Вы читаете 21-й из 21 пункта'],
  ],
  uk: [
    [1, 1, '1 з 1', 'Ви читаєте 1-й із 1 пункту'],
    [1, 2, '1 з 2', 'Ви читаєте 1-й із 2 пунктів'],
    [1, 5, '1 з 5', 'Ви читаєте 1-й із 5 пунктів'],
    [1, 21, '1 з 21', 'Ви читаєте 1-й із 21 пункту'],
    [2, 21, '2 з 21', 'Ви читаєте 2-й із 21 пункту'],
    [5, 21, '5 з 21', 'Ви читаєте 5-й із 21 пункту'],
    [21, 21, '21 з 21', 'Ви читаєте 21-й із 21 пункту'],
  ],
};

const takeawaysOf = (el: SummitExplainer): Element[] => [
  ...el.shadowRoot!.querySelectorAll('.takeaways > summit-takeaway'),
];

/** Scrolls so that the `position`th takeaway is the one being read (its top just above the reading line). */
function readTo(el: SummitExplainer, position: number): void {
  const items = takeawaysOf(el);
  if (position === items.length) {
    window.scrollTo(0, document.documentElement.scrollHeight);
    return;
  }
  if (position > 1) window.scrollBy(0, items[position - 1]!.getBoundingClientRect().top);
}

describe('the explainer’s progress line in Russian and Ukrainian', () => {
  before(() => Promise.all([loadLocale('ru'), loadLocale('uk')]));
  afterEach(() => {
    window.scrollTo(0, 0);
  });

  for (const [lang, lines] of Object.entries(LINES)) {
    for (const [position, total, seen, heard] of lines) {
      it(`${lang}: ${position} of ${total}`, async () => {
        const el = await fixture<SummitExplainer>(
          html`<summit-explainer lang=${lang} hash-links="off" .bundle=${withTakeaways(total)}></summit-explainer>`,
        );
        await settle(el);
        expect(takeawaysOf(el)).to.have.length(total);
        readTo(el, position);
        await waitUntil(
          () => shadowText(el, '.progress [aria-hidden="true"]:not(progress)') === seen,
          `the progress line shows "${seen}"`,
        );
        expect(shadowText(el, '.progress .visually-hidden')).to.equal(heard);
        expect(el.shadowRoot!.querySelector('progress')!.value).to.equal(position);
      });
    }
  }
});
