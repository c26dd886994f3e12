import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { dirOf, loadLocale } from '../../src/base/localize.js';
import type { Bundle } from '../../src/data/schema.js';
import en from '../../src/locales/en.js';
import { LOCALES } from './locales.js';
import { BUNDLES, elementsIn, releaseGates, rows, settleAll } from './renders.js';
import { contentStrings, spoken, withoutContent } from './spoken.js';

/**
 * Every element, in every state a reader can bring it to, speaks the locale: each string it shows or announces is
 * the locale's or the bundle's; the interface's is marked with the locale's `lang` and direction, the bundle's with
 * its own, also where it sits inside an interface sentence (the signatories, the quote's speaker, the point's title). The table of renders (./renders.ts) runs in each locale with the English bundle and with the Ukrainian one.
 */

/** Latin words an interface in another script may still show: protocol and format names. */
const ALLOWED_LATIN = /^(https?|HTTP|JSON)$/;

const hasLetters = (text: string): boolean => /\p{L}/u.test(text);

/** Ids are neither interface nor prose: taken out before anything is judged. */
const idsOf = (bundle: Bundle): string[] => contentStrings(bundle).filter((s) => /^[a-z0-9]+(-[a-z0-9]+)+$/.test(s));

describe('every element speaks the interface language', () => {
  before(() => Promise.all(Object.keys(LOCALES).map(loadLocale)));
  afterEach(() => {
    document.getSelection()?.removeAllRanges();
    void releaseGates();
  });

  for (const [code, t] of Object.entries(LOCALES)) {
    for (const [bundleName, bundle] of Object.entries(BUNDLES)) {
      describe(`${code}, ${bundleName} bundle`, () => {
        const content = contentStrings(bundle);
        const ids = idsOf(bundle);
        const prose = content.join('\n');
        const contentLangs = new Set([bundle.article.lang, ...bundle.quotes.map((q) => q.lang ?? bundle.article.lang)]);

        for (const row of rows.filter((r) => r.needs?.(bundle) ?? true)) {
          it(row.name, async () => {
            const wrapper = await fixture<HTMLElement>(html`<div>${row.render(code, bundle)}</div>`);
            if (row.loading) await Promise.all(elementsIn(wrapper).map((el) => el.updateComplete));
            else await settleAll(wrapper);
            await row.act?.(wrapper);

            const said = spoken(wrapper.firstElementChild!);
            const interfaceText: string[] = [];
            for (const { text, lang, dir, where } of said) {
              const named = withoutContent(text, ids);
              if (!hasLetters(named)) continue;
              const rest = withoutContent(named, content);
              const at = `${where} "${text}" (lang=${lang}, ${dir})`;
              if (!hasLetters(rest)) {
                // The bundle's own text: marked with its language where the interface speaks another.
                if (bundle.article.lang !== t.$lang) expect([...contentLangs], at).to.include(lang);
                expect(dir, at).to.equal(dirOf(lang));
                continue;
              }
              if (lang !== t.$lang) {
                // Marked as content: then it has to be the bundle's (a reader's selection is part of it).
                expect(prose, `${at} is marked as content but is not the bundle’s`).to.include(text);
                continue;
              }
              interfaceText.push(rest);
              expect(dir, at).to.equal(t.$dir);
              // A name or title of the bundle inside an interface sentence ("Signed by: …", "Quote: …") is marked
              // with the bundle's language, not left in the interface's.
              if (bundle.article.lang !== t.$lang) {
                const inside = content.filter((s) => hasLetters(s) && named.includes(s));
                expect(inside, `the bundle’s words in ${at}`).to.deep.equal([]);
              }
              const latin = (rest.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !ALLOWED_LATIN.test(word));
              expect(latin, `English left in ${at}`).to.deep.equal([]);
            }

            const all = said.map((s) => s.text).join('\n');
            for (const want of row.expects(t, bundle)) expect(all, 'the locale’s string is shown').to.include(want);
            const left = interfaceText.join('\n');
            for (const english of row.expects(en, bundle).filter((s) => /\p{L}{3}/u.test(s)))
              expect(left, 'the English string is gone').not.to.include(english);
          });
        }
      });
    }
  }
});
