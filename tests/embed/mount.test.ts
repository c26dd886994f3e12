import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { SummitErrorDetail } from '../../src/base/events.js';
import type { SummitElement } from '../../src/base/summit-element.js';
import { applyTheme, mountEmbed } from '../../src/embed/page/mount.js';
import { settle, shadowText } from '../helpers.js';

/** A fresh `<main>` to mount into, and every `summit-error` it fires. */
async function mount(search: string) {
  const root = await fixture<HTMLElement>(html`<main></main>`);
  const errors: SummitErrorDetail[] = [];
  root.addEventListener('summit-error', (event) => errors.push(event.detail));
  const mounted = mountEmbed(search, root);
  return { root, errors, mounted };
}

// The embed page's own stylesheet, as index.html links it: it turns the document's data-theme into its color-scheme.
before(async () => {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/src/embed/page/embed.css' });
  const loaded = new Promise((resolve) => {
    link.addEventListener('load', resolve, { once: true });
  });
  document.head.append(link);
  await loaded;
});

afterEach(() => {
  delete document.documentElement.dataset.theme;
});

describe('embed page: mountEmbed', () => {
  it('renders the element the parameters name, with their attributes', async () => {
    const { root, mounted } = await mount('?el=quote-card&quote=daly-peacemaker&variant=compact&no-copy');
    const card = await settle(root.querySelector<SummitElement>('quote-card')!);
    expect(mounted.ok).to.equal(true);
    expect(card.getAttribute('variant')).to.equal('compact');
    expect(card.hasAttribute('no-copy')).to.equal(true);
    expect(shadowText(card)).to.contain('taken seriously as a peacemaker');
    await expect(root).to.be.accessible();
  });

  it('shows every problem, renders no element and fires one summit-error', async () => {
    const { root, errors } = await mount('?el=quote-card&quote=daly-peacemaker&variant=huge&onclick=x');
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.querySelectorAll('li')).to.have.length(2);
    expect(alert.textContent).to.contain('variant must be one of default, pull, compact');
    expect(alert.textContent).to.contain('quote-card has no attribute "onclick"');
    expect(root.querySelector('quote-card')).to.equal(null);
    expect(errors).to.have.length(1);
    expect(errors[0]!.code).to.equal('invalid-embed');
    expect(errors[0]!.issues!.map((issue) => issue.path)).to.deep.equal(['variant', 'onclick']);
    await expect(root).to.be.accessible();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`theme=${theme} sets the document's colour scheme and the element's theme, and is accessible`, async () => {
      const { root } = await mount(`?el=summit-takeaway&takeaway=5&open&theme=${theme}`);
      const takeaway = await settle(root.querySelector<SummitElement>('summit-takeaway')!);
      expect(getComputedStyle(document.documentElement).colorScheme).to.equal(theme);
      expect(takeaway.getAttribute('theme')).to.equal(theme);
      await expect(root).to.be.accessible();
    });
  }

  it('takes a theme from the parent later, on the element and the corrections around it', async () => {
    const { root, mounted } = await mount('?el=quote-card&quote=daly-peacemaker&corrections=https://example.com/fix');
    const corrections = root.querySelector<SummitElement>(':scope > summit-corrections')!;
    expect(corrections.getAttribute('endpoint')).to.equal('https://example.com/fix');
    await settle(corrections.querySelector<SummitElement>('quote-card')!);
    applyTheme('dark', mounted);
    expect(getComputedStyle(document.documentElement).colorScheme).to.equal('dark');
    expect(corrections.getAttribute('theme')).to.equal('dark');
    expect(corrections.querySelector('quote-card')!.getAttribute('theme')).to.equal('dark');
    await expect(root).to.be.accessible();
  });

  it('keyboard: Tab reaches the takeaway toggle and Enter opens it', async () => {
    const { root } = await mount('?el=summit-takeaway&takeaway=energy-supplies');
    const takeaway = await settle(root.querySelector<SummitElement & { open: boolean }>('summit-takeaway')!);
    await sendKeys({ press: 'Tab' });
    expect(takeaway.shadowRoot!.activeElement?.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await takeaway.updateComplete;
    expect(takeaway.open).to.equal(true);
    await expect(root).to.be.accessible();
  });
});
