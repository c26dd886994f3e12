import { expect } from '@open-wc/testing';
import { defaultBundle } from '../../src/data/article-bundle.js';
import { quoteById, speakerOf } from '../../src/data/lookup.js';

/**
 * A sample of the article's quotations, copied from the source text: each must be in the bundle verbatim and
 * attributed to the person who said it (several are introduced by another person's name).
 */
const sample: [id: string, speaker: string, text: string][] = [
  [
    'gabuev-embarrassed',
    'Alexander Gabuev',
    'Xi Jinping can’t be embarrassed by meeting Putin, and the verdict only puts Xi’s ‘dear friend’ in the Kremlin deeper into his pocket',
  ],
  ['daly-peacemaker', 'Robert Daly', 'would like to be seen and be taken seriously as a peacemaker'],
  [
    'macro-advisory-stop-short',
    'Macro-Advisory',
    'President Xi will stop short of aligning China with Russia at the expense of the country’s relationship with the West',
  ],
  [
    'blinken-not-fooled',
    'Antony Blinken',
    'The world should not be fooled by any tactical move by Russia – supported by China or any other country – to freeze the war on its own terms',
  ],
  [
    'zelensky-partner-peace-formula',
    'Volodymyr Zelensky',
    'We proposed that China become a partner in the implementation of the peace formula',
  ],
  [
    'declaration-no-winners',
    'Russia–China joint declaration',
    'There can be no winners in a nuclear war, and it must never be unleashed',
  ],
  ['putin-no-readiness', 'Vladimir Putin', 'However, so far we have not seen such readiness on their part'],
];

describe('the default bundle holds the article', () => {
  const bundle = defaultBundle();

  for (const [id, speaker, text] of sample) {
    it(`quotes ${speaker} verbatim (${id})`, () => {
      const quote = quoteById(bundle, id);
      expect(quote.text).to.equal(text);
      expect(speakerOf(bundle, quote).name).to.equal(speaker);
    });
  }

  it('has the seven takeaways in the article’s order, with its headings', () => {
    expect(bundle.takeaways.map((t) => t.title)).to.deep.equal([
      'It was a coup of sorts for Putin',
      'The irony factor',
      'China the peacemaker',
      'Ukraine’s reaction',
      'Energy supplies',
      'Increased economic cooperation',
      'The U.S. reaction',
    ]);
    expect(bundle.takeaways[4]!.id).to.equal('energy-supplies');
  });

  it('keeps page chrome and the teaser out of the takeaways', () => {
    const bodies = bundle.takeaways.flatMap((t) => t.body).join('\n');
    expect(bodies).not.to.contain('Ctrl + Enter');
    expect(bodies).not.to.contain('Other Topics of Interest');
    expect(bodies).not.to.contain('Surprise War Drill');
    expect(bundle.corrections.hint).to.equal('You can also highlight the text and press Ctrl + Enter');
    expect(bundle.related[0]!.headline).to.contain('China Starts Surprise War Drill Around Taiwan');
    expect(bundle.related[0]!.url).to.equal(undefined);
  });

  it('notes where the summit dates come from', () => {
    expect(bundle.article.summit.startDate).to.equal('2023-03-20');
    expect(bundle.article.summit.source).to.be.a('string').and.not.be.empty;
  });

  it('quotes every quotation of a takeaway inside its body', () => {
    for (const takeaway of bundle.takeaways) {
      const body = takeaway.body.join('\n');
      for (const id of takeaway.quoteIds) expect(body, id).to.contain(quoteById(bundle, id).text);
    }
  });
});
