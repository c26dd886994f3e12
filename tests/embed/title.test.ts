import { expect } from '@open-wc/testing';
import { defaultBundle } from '../../src/data/article-bundle.js';
import type { Bundle } from '../../src/data/schema.js';
import { canonicalUrl, embedTitle, initialHeight } from '../../src/embed/title.js';

describe('embed titles and heights', () => {
  const bundle = defaultBundle();

  it('names the content of each element from the bundle', () => {
    expect(embedTitle('summit-takeaway', { takeaway: '5' }, bundle)).to.equal('Takeaway 5: Energy supplies');
    expect(embedTitle('quote-card', { quote: 'daly-peacemaker' }, bundle)).to.match(/^Quote from Robert Daly: “/);
    expect(embedTitle('reaction-panel', { label: 'What they said' }, bundle)).to.equal('What they said');
    expect(embedTitle('summit-explainer', {}, bundle)).to.equal(bundle.article.headline);
    expect(embedTitle('summit-declaration', {}, bundle)).to.equal(bundle.declaration.title);
  });

  it('falls back to a generic name for an unknown id or without a bundle', () => {
    expect(embedTitle('quote-card', { quote: 'nobody' }, bundle)).to.match(/^quote-card: 7 key things/);
    expect(embedTitle('quote-card', { quote: 'daly-peacemaker' })).to.equal('summit-kit quote-card');
  });

  it('gives a canonical link only for an http(s) article URL', () => {
    const withUrl = (url: unknown) => ({ ...bundle, article: { ...bundle.article, url } }) as Bundle;
    expect(canonicalUrl(withUrl('https://news.example/xi-moscow'))).to.equal('https://news.example/xi-moscow');
    expect(canonicalUrl(withUrl('javascript:alert(1)'))).to.equal(undefined);
    expect(canonicalUrl(bundle)).to.equal(undefined);
  });

  it('starts an open takeaway taller than a closed one, and a compact quote shorter than a pull quote', () => {
    expect(initialHeight('summit-takeaway', { open: '' })).to.be.greaterThan(initialHeight('summit-takeaway', {}));
    expect(initialHeight('quote-card', { variant: 'compact' })).to.be.lessThan(
      initialHeight('quote-card', { variant: 'pull' }),
    );
  });
});
