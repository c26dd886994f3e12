import { expect } from '@open-wc/testing';
import raw from '../../data/moscow-summit-2023.json';
import { defaultBundle } from '../../src/data/article-bundle.js';
import { BundleError, parseBundle } from '../../src/data/index.js';
import { validate } from '../../src/data/validate.js';
import { cloneBundle } from '../helpers.js';

// The shipped bundle is checked here, when the package is built and tested, so readers' browsers need no validator
// for it: the elements trust it as it is.
describe('the default bundle', () => {
  it('passes parseBundle and comes back unchanged, so trusting the file as it is is sound', () => {
    const copy = structuredClone(raw);
    expect(parseBundle(copy)).to.deep.equal(raw);
  });

  it('is the shipped file itself, handed on without validation', () => {
    expect(defaultBundle()).to.equal(raw);
    expect(validate(defaultBundle())).to.equal(defaultBundle());
  });

  it('validates a foreign bundle, and reports its problems', async () => {
    const foreign = cloneBundle();
    const checked = await validate(foreign);
    expect(checked.quotes.map((q) => q.id)).to.deep.equal(defaultBundle().quotes.map((q) => q.id));
    expect(checked).not.to.equal(foreign);
    const broken = cloneBundle() as unknown as { quotes: { speakerId: string }[] };
    broken.quotes[0]!.speakerId = 'nobody';
    const error = await Promise.resolve()
      .then(() => validate(broken))
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).to.be.instanceOf(BundleError);
    expect((error as BundleError).issues.map((i) => i.path)).to.include('quotes[0].speakerId');
  });
});
