import { expect } from '@open-wc/testing';
import { bundleJsonSchema } from '../../scripts/bundle-json-schema.js';
import checkedIn from '../../data/bundle.schema.json';

describe('data/bundle.schema.json', () => {
  it('is what the valibot schema generates (run `npm run schema` after changing src/data/schema.ts)', () => {
    expect(checkedIn).to.deep.equal(bundleJsonSchema());
  });
});
