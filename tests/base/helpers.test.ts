import { expect } from '@open-wc/testing';
import { formatDate, quoteLang, quotedText, quoteMarks } from '../../src/base/format.js';
import { nameParts } from '../../src/base/sentences.js';
import { httpUrl } from '../../src/base/links.js';

describe('httpUrl', () => {
  it('keeps http(s) addresses, resolved against the base', () => {
    expect(httpUrl('https://example.com/a?b#c')).to.equal('https://example.com/a?b#c');
    expect(httpUrl('  /corrections ', 'https://news.example/story')).to.equal('https://news.example/corrections');
    expect(httpUrl('HTTP://EXAMPLE.com')).to.equal('http://example.com/');
  });

  it('drops every other scheme, blanks and malformed values', () => {
    for (const value of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'mailto:a@b.c', '', ' ']) {
      expect(httpUrl(value), value).to.equal(undefined);
    }
    expect(httpUrl(null)).to.equal(undefined);
    expect(httpUrl(undefined)).to.equal(undefined);
    expect(httpUrl('http://[::1', 'https://x.example/')).to.equal(undefined);
  });
});

describe('formatters', () => {
  it('writes a date in the bundle’s language, as a UTC calendar day', () => {
    expect(formatDate('2023-03-21', 'en')).to.equal('March 21, 2023');
    expect(formatDate('2023-03-21', 'de')).to.equal('21. März 2023');
  });

  it('gives the ISO date back for a language tag Intl rejects', () => {
    expect(formatDate('2023-03-21', 'not a tag!')).to.equal('2023-03-21');
  });

  it('joins names as the language does, in pieces that tell the names from the joining words', () => {
    const joined = (names: string[], lang: string): string =>
      nameParts(names, lang)
        .map(({ text, name }) => (name ? `[${text}]` : text))
        .join('');
    expect(joined(['Vladimir Putin', 'Xi Jinping'], 'en')).to.equal('[Vladimir Putin] and [Xi Jinping]');
    expect(joined(['A', 'B', 'C'], 'en')).to.equal('[A], [B], and [C]');
    expect(joined(['А', 'Б'], 'uk')).to.equal('[А] і [Б]');
    expect(joined(['A', 'B'], 'not a tag!')).to.equal('[A], [B]');
  });

  it('marks a quotation’s language only when it differs from the text around it', () => {
    expect(quoteLang('ru', 'en')).to.equal('ru');
    expect(quoteLang('en', 'en')).to.equal(undefined);
    expect(quoteLang(undefined, 'en')).to.equal(undefined);
  });
});

describe('quotation marks', () => {
  it('prints each language’s newspaper marks', () => {
    expect(quoteMarks('en')).to.deep.equal(['“', '”']);
    expect(quoteMarks('ru')).to.deep.equal(['«', '»']);
    expect(quoteMarks('fr-CA')).to.deep.equal(['«\u202f', '\u202f»']);
    expect(quoteMarks('de')).to.deep.equal(['„', '“']);
    expect(quoteMarks('zh-Hans')).to.deep.equal(['“', '”']);
    expect(quoteMarks('zh-Hant-TW')).to.deep.equal(['「', '」']);
  });

  it('writes a quotation for the clipboard as “text” — attribution', () => {
    expect(quotedText('Peace', 'Robert Daly, director', 'en')).to.equal('“Peace” — Robert Daly, director');
    expect(quotedText('Мир', 'Путин', 'ru')).to.equal('«Мир» — Путин');
  });
});
