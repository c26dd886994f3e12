import { expect, fixture, html, waitUntil } from '@open-wc/testing';

type Api = typeof import('../../src/index.js');
// The built files, as a publisher loads them (npm build + the CDN file on one page). `npm run test:browser` builds
// them first when they are missing or stale (scripts/pretest-browser.mjs).
const load = (url: string) => import(/* @vite-ignore */ url) as Promise<Api>;

describe('registration: the npm build and the CDN file on one page', () => {
  it('registers every tag once, quietly, and both copies render', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const npm = await load('/dist/index.js');
      await load('/dist/cdn/summit-kit.js');
      for (const tag of Object.keys(npm.elements)) expect(customElements.get(tag), tag).to.exist;
      expect(warnings).to.deep.equal([]);
    } finally {
      console.warn = warn;
    }
    const el = await fixture(html`<quote-card quote="daly-peacemaker"></quote-card>`);
    await waitUntil(() => el.shadowRoot?.querySelector('blockquote'), 'quote-card did not render');
    expect(el.shadowRoot!.querySelector('blockquote')!.textContent).to.contain('peacemaker');
  });
});
