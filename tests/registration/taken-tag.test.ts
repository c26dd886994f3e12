import { expect } from '@open-wc/testing';

type Api = typeof import('../../src/index.js');
const load = (url: string) => import(/* @vite-ignore */ url) as Promise<Api>;

class OtherLibraryRelated extends HTMLElement {}

describe('registration: a tag another library already took', () => {
  it('keeps the other library’s element, warns once naming both, and registers the rest', async () => {
    customElements.define('summit-related', OtherLibraryRelated);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const api = await load('/dist/index.js');
      api.define(); // a second call is harmless and does not warn again
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('summit-related')).to.equal(OtherLibraryRelated);
    expect(customElements.get('quote-card')).to.exist;
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('summit-kit 0.1.0');
    expect(warnings[0]).to.contain('<summit-related> is already defined by another library');
  });
});
