import { expect } from '@open-wc/testing';
import { baseStyles } from '../../src/base/styles.js';
import { tokens } from '../../src/base/tokens.js';

describe('shared tokens', () => {
  const css = baseStyles.cssText.replace(/\s+/g, ' ');

  for (const { name, fallback } of tokens) {
    it(`${name} is read with the documented fallback`, () => {
      expect(css).to.contain(`var(${name}, ${fallback})`);
    });
  }

  it('documents every --summit-* token the base styles read', () => {
    const read = new Set([...css.matchAll(/var\((--summit-[a-z-]+)/g)].map((m) => m[1]));
    expect([...read].sort()).to.deep.equal(tokens.map((t) => t.name).sort());
  });
});
