import { expect } from '@open-wc/testing';
import { defaultBundle } from '../../src/data/article-bundle.js';
import { SummitError } from '../../src/data/errors.js';
import {
  declarationByTopic,
  quoteById,
  quotesOf,
  reactionById,
  reactionsFor,
  segmentParagraph,
  takeawayByRef,
} from '../../src/data/lookup.js';

describe('look-ups', () => {
  const bundle = defaultBundle();

  it('finds a takeaway by id or by number', () => {
    expect(takeawayByRef(bundle, 'energy-supplies').number).to.equal(5);
    expect(takeawayByRef(bundle, '5').id).to.equal('energy-supplies');
    expect(takeawayByRef(bundle, 5).id).to.equal('energy-supplies');
  });

  it('throws unknown-id errors that name the id', () => {
    expect(() => takeawayByRef(bundle, '12')).to.throw(SummitError, 'No takeaway "12"');
    expect(() => quoteById(bundle, 'missing')).to.throw(SummitError, 'No quote "missing"');
    expect(() => reactionById(bundle, 'mars')).to.throw(SummitError, 'No reaction group "mars"');
  });

  it('lists the quotes of a takeaway in order', () => {
    const takeaway = takeawayByRef(bundle, 'coup-for-putin');
    expect(quotesOf(bundle, takeaway).map((q) => q.id)).to.deep.equal(takeaway.quoteIds);
  });

  it('filters and orders reaction groups by `parties`', () => {
    expect(reactionsFor(bundle).map((r) => r.id)).to.deep.equal(bundle.reactions.map((r) => r.id));
    expect(reactionsFor(bundle, 'united-states, ukraine').map((r) => r.id)).to.deep.equal(['united-states', 'ukraine']);
    expect(() => reactionsFor(bundle, 'ukraine,atlantis')).to.throw(SummitError, 'atlantis');
  });

  it('groups declaration points by topic, in topic order', () => {
    const inTopicOrder = ['security', 'nato', 'ukraine', 'nuclear', 'military', 'economy'];
    const groups = declarationByTopic(bundle);
    expect(groups.map((g) => g.id)).to.deep.equal(inTopicOrder);
    expect(groups.every((g) => g.points.every((p) => p.topicId === g.id))).to.equal(true);
    expect(groups[0]!.points).to.have.length(2);
    // The points' own order does not decide the groups' order: the topics list does.
    const reversed = structuredClone(bundle);
    reversed.declaration.points.reverse();
    expect(declarationByTopic(reversed).map((g) => g.id)).to.deep.equal(inTopicOrder);
  });

  it('splits a paragraph at its quotations and drops their quotation marks', () => {
    const quote = quoteById(bundle, 'gabuev-only-increases');
    const paragraph = takeawayByRef(bundle, 1).body.find((p) => p.includes(quote.text))!;
    const segments = segmentParagraph(paragraph, [quote]);
    expect(segments.map((s) => s.text)).to.deep.equal([
      'China analyst Alexander Gabuev said that the Hague-based court’s arrest warrant ',
      'only increases',
      ' China’s leverage over Russia.',
    ]);
    expect('quote' in segments[1]! && segments[1].quote.id).to.equal('gabuev-only-increases');
    expect(segmentParagraph('No quotes here.', [quote])).to.deep.equal([{ text: 'No quotes here.' }]);
  });

  it('keeps the punctuation the article set inside the closing mark, and drops the mark', () => {
    const quote = quoteById(bundle, 'blinken-not-fooled');
    const paragraph = takeawayByRef(bundle, 'us-reaction').body.find((p) => p.includes(quote.text))!;
    expect(paragraph).to.contain(`${quote.text},”`);
    const segments = segmentParagraph(paragraph, [quote]);
    expect(segments.map((s) => s.text)).to.deep.equal([
      `${quote.text},`,
      ' U.S. Secretary of State Antony Blinken said.',
    ]);
    expect('quote' in segments[0]! && segments[0].quote.id).to.equal('blinken-not-fooled');
  });
});
