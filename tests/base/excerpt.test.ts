import { expect, fixture, html } from '@open-wc/testing';
import { CONTEXT_CHARS, excerptOf, wholeWords } from '../../src/elements/summit-corrections/excerpt.js';

/** A paragraph holding `text`, and the bounds of `target` in it. */
async function paragraph(text: string, target: string) {
  const p = await fixture<HTMLParagraphElement>(html`<p>${text}</p>`);
  const node = [...p.childNodes].find((n): n is Text => n instanceof Text && n.data.includes(target))!;
  const start = node.data.indexOf(target);
  return { p, bounds: { start: { node, offset: start }, end: { node, offset: start + target.length } } };
}

const LONG =
  'Chinese leader Xi Jinping and Russian President Vladimir Putin met in Moscow for two days of talks. ' +
  'The two leaders signed a joint statement on deepening their partnership and on the war in Ukraine, ' +
  'and said they would meet again next year in Beijing.';

describe('excerptOf: the selection with its context, clipped', () => {
  it('keeps a short sentence whole, unclipped', async () => {
    const { p, bounds } = await paragraph('Xi met Putin in Moscow.', 'Putin');
    const excerpt = excerptOf(bounds, p);
    expect(excerpt).to.deep.equal({
      selection: 'Putin',
      before: 'Xi met ',
      after: ' in Moscow.',
      clippedBefore: false,
      clippedAfter: false,
      context: 'Xi met Putin in Moscow.',
    });
  });

  it('clips a long context on each side to about the limit, at a word boundary', async () => {
    const { p, bounds } = await paragraph(LONG, 'joint statement');
    const excerpt = excerptOf(bounds, p);
    expect(excerpt.selection).to.equal('joint statement');
    expect(excerpt.clippedBefore).to.equal(true);
    expect(excerpt.clippedAfter).to.equal(true);
    expect(excerpt.before.length).to.be.at.most(CONTEXT_CHARS);
    expect(excerpt.after.length).to.be.at.most(CONTEXT_CHARS);
    // Cut between words, not inside one.
    expect(LONG).to.contain(` ${excerpt.before.trimStart()}`);
    expect(excerpt.before.endsWith('signed a ')).to.equal(true);
    expect(excerpt.after.startsWith(' on deepening')).to.equal(true);
    expect(LONG).to.contain(`${excerpt.after} `);
    expect(excerpt.context).to.equal(`${excerpt.before}joint statement${excerpt.after}`.trim());
  });

  it('takes a smaller limit when given one', async () => {
    const { p, bounds } = await paragraph(LONG, 'joint statement');
    const excerpt = excerptOf(bounds, p, 20);
    expect(excerpt.before.length).to.be.at.most(20);
    expect(excerpt.after.length).to.be.at.most(20);
  });

  it('grows a selection that cuts words to whole words, and never shrinks one', async () => {
    const { p, bounds } = await paragraph(LONG, 'oint statem');
    expect(excerptOf(wholeWords(bounds), p).selection).to.equal('joint statement');
    const whole = await paragraph(LONG, 'joint statement');
    expect(excerptOf(wholeWords(whole.bounds), whole.p).selection).to.equal('joint statement');
  });
});
