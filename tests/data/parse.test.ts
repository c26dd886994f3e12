import { expect } from '@open-wc/testing';
import { BundleError, parseBundle } from '../../src/data/index.js';
import { cloneBundle } from '../helpers.js';
import raw from '../../data/moscow-summit-2023.json';

/** The issues parseBundle reports for `input`, as "path: message" lines. */
function problems(input: unknown): string[] {
  try {
    parseBundle(input);
  } catch (error) {
    expect(error).to.be.instanceOf(BundleError);
    return (error as BundleError).issues.map((i) => `${i.path}: ${i.message}`);
  }
  throw new Error('expected parseBundle to throw');
}

describe('parseBundle', () => {
  it('accepts the default bundle, as an object and as JSON text', () => {
    const bundle = parseBundle(raw);
    expect(bundle.takeaways.map((t) => t.number)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    expect(parseBundle(JSON.stringify(raw)).quotes.length).to.equal(bundle.quotes.length);
  });

  it('reads a bundle without a language as English', () => {
    const bundle = cloneBundle() as unknown as { article: Record<string, unknown> };
    delete bundle.article.lang;
    expect(parseBundle(bundle).article.lang).to.equal('en');
  });

  it('rejects null, non-objects and text that is not JSON, saying what it got', () => {
    expect(problems(null)).to.deep.equal([': a bundle must be a JSON object, received null']);
    expect(problems([])).to.deep.equal([': a bundle must be a JSON object, received an array']);
    expect(problems(42)).to.deep.equal([': a bundle must be a JSON object, received number']);
    expect(problems('{"version": 1,')[0]).to.match(/^: not valid JSON/);
  });

  it('names the path of a wrong type and of a missing required field', () => {
    const bundle = cloneBundle() as unknown as {
      takeaways: Record<string, unknown>[];
      people: Record<string, unknown>[];
    };
    bundle.takeaways[2]!.number = 'three';
    delete bundle.people[0]!.name;
    const found = problems(bundle);
    expect(found).to.include('takeaways[2].number: must be a number');
    expect(found).to.include('people[0].name: is required');
  });

  it('reports a dangling speakerId and a dangling quoteIds entry by path', () => {
    const bundle = cloneBundle();
    bundle.quotes[3]!.speakerId = 'xi';
    bundle.reactions[0]!.quoteIds.push('no-such-quote');
    const found = problems(bundle);
    expect(found).to.include('quotes[3].speakerId: no person "xi"');
    expect(found).to.include(
      `reactions[0].quoteIds[${String(bundle.reactions[0]!.quoteIds.length - 1)}]: no quote "no-such-quote"`,
    );
  });

  it('reports duplicate ids and takeaways out of order', () => {
    const bundle = cloneBundle();
    bundle.people[1]!.id = bundle.people[0]!.id;
    bundle.takeaways[4]!.number = 9;
    const found = problems(bundle);
    expect(found).to.include(`people[1].id: duplicate id "${bundle.people[0]!.id}"`);
    expect(found).to.include('takeaways[4].number: must be 5 (takeaways are numbered 1..N in order)');
  });

  it('reports every problem at once, shape and references together', () => {
    const bundle = cloneBundle() as unknown as Record<string, unknown> & { quotes: { speakerId: string }[] };
    bundle.version = 2;
    bundle.quotes[0]!.speakerId = 'nobody';
    delete bundle.corrections;
    const found = problems(bundle);
    expect(found).to.include.members([
      'version: must be 1',
      'corrections: is required',
      'quotes[0].speakerId: no person "nobody"',
    ]);
  });

  it('refuses links that are not http(s)', () => {
    const bundle = cloneBundle();
    bundle.related[0]!.url = 'javascript:alert(1)';
    expect(problems(bundle)).to.include('related[0].url: must be an http(s) URL');
  });

  it('summarises the first failing paths in the error message', () => {
    const bundle = cloneBundle();
    bundle.quotes[3]!.speakerId = 'xi';
    expect(() => parseBundle(bundle)).to.throw(BundleError, 'Invalid bundle: quotes[3].speakerId: no person "xi"');
  });
});
