import { expect, fixture, html } from '@open-wc/testing';
import type { AxeResults, RunOptions } from 'axe-core';
import '../../src/index.js';
import { dirOf, loadLocale } from '../../src/base/localize.js';
import { LOCALES } from './locales.js';
import { BUNDLES, elementsIn, releaseGates, rows, settleAll } from './renders.js';

/**
 * axe in each locale, with `lang` on the element and on the document (and `dir="rtl"` on an Arabic page): every
 * element is accessible, and the page has no language violations at all (the rules below, run over the whole
 * document, so `<html lang>` and every `lang` inside shadow roots are checked). The rows without a state to reach,
 * and the open correction dialog; the English bundle in each locale, and the Ukrainian sample in Ukrainian.
 */

const LANG_RULES: RunOptions = {
  runOnly: { type: 'rule', values: ['html-has-lang', 'html-lang-valid', 'html-xml-lang-mismatch', 'valid-lang'] },
};

/** axe, as chai-a11y-axe loaded it onto the page. */
const axe = (): { run: (context: Document, options: RunOptions) => Promise<AxeResults> } =>
  (window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } }).axe;

const checked = rows.filter((row) => !row.act || row.name === 'summit-corrections, dialog open');

for (const [code] of Object.entries(LOCALES)) {
  const bundles = code === 'uk' ? ['en', 'uk'] : ['en'];
  describe(`axe in ${code}`, () => {
    before(async () => {
      await loadLocale(code);
      document.documentElement.lang = code;
      document.documentElement.dir = dirOf(code);
    });
    after(() => {
      document.documentElement.lang = 'en';
      document.documentElement.removeAttribute('dir');
    });
    afterEach(() => {
      document.getSelection()?.removeAllRanges();
      void releaseGates();
    });

    for (const name of bundles) {
      const bundle = BUNDLES[name]!;
      for (const row of checked.filter((r) => r.needs?.(bundle) ?? true)) {
        it(`${row.name}, ${name} bundle`, async () => {
          const wrapper = await fixture<HTMLElement>(html`<div>${row.render(code, bundle)}</div>`);
          if (row.loading) await Promise.all(elementsIn(wrapper).map((el) => el.updateComplete));
          else await settleAll(wrapper);
          await row.act?.(wrapper);
          const el = wrapper.firstElementChild!;
          expect(el.getAttribute('lang')).to.equal(code);
          await expect(el).to.be.accessible();
          const { violations } = await axe().run(document, LANG_RULES);
          expect(
            violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' >>> ')).join(', ')}`),
          ).to.deep.equal([]);
        });
      }
    }
  });
}
