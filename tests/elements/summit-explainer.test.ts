import { inEveryMode, inLiveModes, type Mode } from '../modes.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define/summit-explainer.js';
import type { SummitExplainer } from '../../src/elements/summit-explainer/summit-explainer.js';
import type { SummitTakeaway } from '../../src/elements/summit-takeaway/summit-takeaway.js';
import { settle, shadowText } from '../helpers.js';

const takeawaysOf = (el: SummitExplainer): SummitTakeaway[] => [
  ...el.shadowRoot!.querySelectorAll<SummitTakeaway>('summit-takeaway'),
];
const takeawayOf = (el: SummitExplainer, id: string): SummitTakeaway => takeawaysOf(el).find((t) => t.takeaway === id)!;
const toggleOf = (t: SummitTakeaway): HTMLButtonElement => t.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!;
const clearHash = (): void => {
  history.replaceState(history.state, '', location.pathname + location.search);
};

const PLAIN = html`<div>
  <summit-explainer></summit-explainer>
  <div class="spacer"></div>
</div>`;

/**
 * Renders `template` (a wrapper holding an explainer and a `.spacer` after it) with `render`, waits for the explainer
 * and every takeaway in it, and gives the spacer room to scroll.
 */
async function explainerIn(
  render: Mode['fixture'],
  template: ReturnType<typeof html> = PLAIN,
): Promise<SummitExplainer> {
  const wrapper = await render<HTMLDivElement>(template);
  wrapper.querySelector<HTMLElement>('.spacer')!.style.blockSize = '150vh';
  const el = wrapper.querySelector('summit-explainer')!;
  await settle(el);
  await Promise.all(takeawaysOf(el).map((t) => settle(t)));
  return el;
}

/** Renders explainers in `mode`, and puts the address and the scroll position back after each test. */
function explainerFor(mode: Mode): (template?: ReturnType<typeof html>) => Promise<SummitExplainer> {
  afterEach(() => {
    clearHash();
    window.scrollTo(0, 0);
  });
  return (template) => explainerIn(mode.fixture, template);
}

inEveryMode(['define/summit-explainer.js'], (mode) =>
  describe('<summit-explainer>', () => {
    const explainer = explainerFor(mode);

    it('shows the headline as an <h2>, the standfirst and the intro', async () => {
      const el = await explainer();
      const headline = el.shadowRoot!.querySelector('.headline')!;
      expect(headline.tagName).to.equal('H2');
      expect(headline.textContent).to.equal(
        '7 key things you need to know about Xi Jinping’s Moscow summit with Putin',
      );
      expect(shadowText(el, '.standfirst')).to.contain('left Moscow on Wednesday morning');
      expect(shadowText(el, '.intro')).to.equal('Here are the 7 key things you need to know about the trip:');
    });

    it('lists every takeaway in the contents, linking to #<id>', async () => {
      const el = await explainer();
      const nav = el.shadowRoot!.querySelector('nav')!;
      expect(nav.getAttribute('aria-label')).to.equal('Contents');
      const links = [...nav.querySelectorAll('ol > li > a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
        '#coup-for-putin',
        '#irony-factor',
        '#china-the-peacemaker',
        '#ukraine-reaction',
        '#energy-supplies',
        '#economic-cooperation',
        '#us-reaction',
      ]);
      expect(links[4]!.textContent).to.equal('Energy supplies');
    });

    it('renders all takeaways in order, one heading level below the headline', async () => {
      const el = await explainer();
      const items = takeawaysOf(el);
      expect(items.map((t) => t.getAttribute('takeaway'))).to.deep.equal([
        'coup-for-putin',
        'irony-factor',
        'china-the-peacemaker',
        'ukraine-reaction',
        'energy-supplies',
        'economic-cooperation',
        'us-reaction',
      ]);
      expect(items.every((t) => t.shadowRoot!.querySelector('.heading')!.tagName === 'H3')).to.equal(true);
    });

    it('passes heading-level down, and its takeaways follow its theme', async () => {
      const el = await explainer(
        html`<div>
          <summit-explainer heading-level="4" theme="dark"></summit-explainer>
          <div class="spacer"></div>
        </div>`,
      );
      expect(el.shadowRoot!.querySelector('.headline')!.tagName).to.equal('H4');
      const items = takeawaysOf(el);
      expect(items.every((t) => t.shadowRoot!.querySelector('.heading')!.tagName === 'H5')).to.equal(true);
      expect(items.map((t) => getComputedStyle(t).colorScheme)).to.deep.equal(items.map(() => 'dark'));
    });

    for (const theme of ['light', 'dark'] as const) {
      it(`is accessible in ${theme}`, async () => {
        const el = await explainer(
          html`<div>
            <summit-explainer theme=${theme}></summit-explainer>
            <div class="spacer"></div>
          </div>`,
        );
        await expect(el).to.be.accessible();
      });
    }

    it('starts the reading progress at 1 of 7, without a live region', async () => {
      const el = await explainer();
      const progress = el.shadowRoot!.querySelector('.progress')!;
      expect(progress.getAttribute('aria-live')).to.equal('off');
      expect(progress.getAttribute('role')).to.equal(null);
      expect(shadowText(el, '.progress .visually-hidden')).to.equal('Reading takeaway 1 of 7');
    });
  }),
);

inLiveModes(['define/summit-explainer.js'], (mode) =>
  describe('<summit-explainer> operated by the reader', () => {
    const explainer = explainerFor(mode);

    it('opens and scrolls to the takeaway named in the address when it loads', async () => {
      history.replaceState(history.state, '', '#economic-cooperation');
      const el = await explainer();
      const target = takeawayOf(el, 'economic-cooperation');
      await waitUntil(() => target.open, 'the takeaway named in the hash did not open');
      expect(toggleOf(target).getAttribute('aria-expanded')).to.equal('true');
      await waitUntil(() => Math.abs(target.getBoundingClientRect().top) < 100, 'did not scroll to the takeaway');
      expect(takeawaysOf(el).filter((t) => t.open).length).to.equal(1);
    });

    it('opens the takeaway when the hash changes', async () => {
      const el = await explainer();
      const target = takeawayOf(el, 'us-reaction');
      expect(target.open).to.equal(false);
      location.hash = '#us-reaction';
      await waitUntil(() => target.open, 'the takeaway did not open on hashchange');
      await waitUntil(() => Math.abs(target.getBoundingClientRect().top) < 100, 'did not scroll to the takeaway');
    });

    it('puts an opened takeaway in the address with replaceState, without new history entries', async () => {
      const el = await explainer();
      const target = takeawayOf(el, 'energy-supplies');
      const entries = history.length;
      const scrolled = window.scrollY;
      toggleOf(target).click();
      await target.updateComplete;
      expect(location.hash).to.equal('#energy-supplies');
      expect(history.length).to.equal(entries);
      expect(window.scrollY).to.equal(scrolled);
      toggleOf(target).click();
      await target.updateComplete;
      expect(location.hash).to.equal('');
      expect(history.length).to.equal(entries);
    });

    it('follows a contents link: opens, scrolls to and focuses the takeaway', async () => {
      const el = await explainer();
      const target = takeawayOf(el, 'ukraine-reaction');
      const entries = history.length;
      el.shadowRoot!.querySelector<HTMLAnchorElement>('nav a[href="#ukraine-reaction"]')!.click();
      await waitUntil(() => target.open, 'the takeaway did not open');
      expect(location.hash).to.equal('#ukraine-reaction');
      expect(history.length).to.equal(entries);
      await waitUntil(() => Math.abs(target.getBoundingClientRect().top) < 100, 'did not scroll to the takeaway');
      expect(target.shadowRoot!.activeElement).to.equal(toggleOf(target));
    });

    it('leaves the address alone with hash-links="off"', async () => {
      history.replaceState(history.state, '', '#energy-supplies');
      const el = await explainer(
        html`<div>
          <summit-explainer hash-links="off"></summit-explainer>
          <div class="spacer"></div>
        </div>`,
      );
      const target = takeawayOf(el, 'energy-supplies');
      await el.updateComplete;
      expect(target.open).to.equal(false);
      const other = takeawayOf(el, 'irony-factor');
      toggleOf(other).click();
      await other.updateComplete;
      expect(other.open).to.equal(true);
      expect(location.hash).to.equal('#energy-supplies');
      const changed = oneEvent(window, 'hashchange');
      location.hash = '#us-reaction';
      await changed;
      const unchanged = takeawayOf(el, 'us-reaction');
      await settle(unchanged);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(unchanged.open).to.equal(false);
    });

    describe('reading progress', () => {
      const progressOf = (el: SummitExplainer): string => shadowText(el, '.progress .visually-hidden');
      const reaches = (el: SummitExplainer, n: number): Promise<void> =>
        waitUntil(() => progressOf(el) === `Reading takeaway ${n} of 7`, `progress did not reach ${n} of 7`, {
          timeout: 5000,
        });
      const scrollToEnd = (): void => {
        window.scrollTo(0, document.documentElement.scrollHeight);
      };
      /** Scrolls so that the reading line (a fifth of the way down) falls in the middle of the takeaway. */
      const readAt = (t: SummitTakeaway): void => {
        const box = t.getBoundingClientRect();
        window.scrollBy(0, box.top + box.height / 2 - window.innerHeight * 0.2);
      };
      /** The explainer alone on the page, or followed by `after` pixels of other content. */
      async function page({ after = 0, expanded = false } = {}): Promise<SummitExplainer> {
        const wrapper = await mode.fixture<HTMLDivElement>(
          html`<div>
            <summit-explainer hash-links="off"></summit-explainer>
            <footer>Other content</footer>
          </div>`,
        );
        wrapper.querySelector('footer')!.style.blockSize = `${after}px`;
        const el = wrapper.querySelector('summit-explainer')!;
        await settle(el);
        await Promise.all(takeawaysOf(el).map((t) => settle(t)));
        if (expanded) {
          el.shadowRoot!.querySelector<HTMLButtonElement>('.expand-all')!.click();
          await Promise.all(takeawaysOf(el).map((t) => t.updateComplete));
        }
        return el;
      }

      beforeEach(async () => {
        await setViewport({ width: 800, height: 600 });
      });

      it('starts at 1 of 7, without a live region', async () => {
        const el = await page();
        const progress = el.shadowRoot!.querySelector('.progress')!;
        expect(progress.getAttribute('aria-live')).to.equal('off');
        expect(progress.getAttribute('role')).to.equal(null);
        expect(progressOf(el)).to.equal('Reading takeaway 1 of 7');
        expect(el.shadowRoot!.querySelector('progress')!.value).to.equal(1);
      });

      for (const { name, after, expanded } of [
        { name: 'the explainer alone', after: 0, expanded: false },
        { name: 'the explainer alone, every takeaway expanded', after: 0, expanded: true },
        { name: 'a little content after the explainer', after: 200, expanded: false },
        { name: 'much content after the explainer, takeaways expanded', after: 2000, expanded: true },
      ]) {
        it(`says 7 of 7 at the end of the page and 1 of 7 at the top: ${name}`, async () => {
          const el = await page({ after, expanded });
          scrollToEnd();
          await reaches(el, 7);
          expect(el.shadowRoot!.querySelector('progress')!.value).to.equal(7);
          window.scrollTo(0, 0);
          await reaches(el, 1);
        });
      }

      it('follows the takeaway being read in between, forwards and back', async () => {
        const el = await page({ after: 2000 });
        readAt(takeawayOf(el, 'ukraine-reaction'));
        await reaches(el, 4);
        expect(el.shadowRoot!.querySelector('progress')!.value).to.equal(4);
        readAt(takeawayOf(el, 'irony-factor'));
        await reaches(el, 2);
      });

      it('follows the takeaway being read with every takeaway expanded', async () => {
        const el = await page({ expanded: true });
        readAt(takeawayOf(el, 'china-the-peacemaker'));
        await reaches(el, 3);
        readAt(takeawayOf(el, 'energy-supplies'));
        await reaches(el, 5);
      });

      it('counts on when takeaways open above the reading line without a scroll', async () => {
        const el = await page({ after: 2000 });
        readAt(takeawayOf(el, 'irony-factor'));
        await reaches(el, 2);
        // Opening the takeaways pushes the ones below down: 2 stays under the line.
        el.shadowRoot!.querySelector<HTMLButtonElement>('.expand-all')!.click();
        await Promise.all(takeawaysOf(el).map((t) => t.updateComplete));
        readAt(takeawayOf(el, 'us-reaction'));
        await reaches(el, 7);
      });
    });

    it('expands and collapses every takeaway', async () => {
      const el = await explainer();
      let fired = 0;
      el.addEventListener('summit-takeaway-toggle', () => fired++);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.expand-all')!.click();
      await Promise.all(takeawaysOf(el).map((t) => t.updateComplete));
      expect(takeawaysOf(el).every((t) => toggleOf(t).getAttribute('aria-expanded') === 'true')).to.equal(true);
      expect(takeawaysOf(el).every((t) => !t.shadowRoot!.querySelector<HTMLElement>('.body')!.hidden)).to.equal(true);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.collapse-all')!.click();
      await Promise.all(takeawaysOf(el).map((t) => t.updateComplete));
      expect(takeawaysOf(el).some((t) => t.open)).to.equal(false);
      expect(fired).to.equal(0);
      expect(location.hash).to.equal('');
    });

    it('lets a keyboard user open a takeaway and the event reaches the page', async () => {
      const el = await explainer();
      const seen: string[] = [];
      document.addEventListener('summit-takeaway-toggle', (e) => seen.push(e.detail.id), { once: true });
      const first = takeawayOf(el, 'coup-for-putin');
      toggleOf(first).focus();
      await sendKeys({ press: 'Enter' });
      await first.updateComplete;
      expect(first.open).to.equal(true);
      expect(seen).to.deep.equal(['coup-for-putin']);
      expect(location.hash).to.equal('#coup-for-putin');
    });

    for (const theme of ['light', 'dark'] as const) {
      it(`is accessible collapsed and expanded in ${theme}`, async () => {
        const el = await explainer(
          html`<div>
            <summit-explainer theme=${theme}></summit-explainer>
            <div class="spacer"></div>
          </div>`,
        );
        await expect(el).to.be.accessible();
        el.shadowRoot!.querySelector<HTMLButtonElement>('.expand-all')!.click();
        await Promise.all(takeawaysOf(el).map((t) => t.updateComplete));
        await expect(el).to.be.accessible();
      });
    }
  }),
);

describe('<summit-explainer> in the page', () => {
  it('shows a readable error for a bundle that is not there', async () => {
    const el = await fixture<SummitExplainer>(
      html`<summit-explainer src="/test-api/not-found.json"></summit-explainer>`,
    );
    await settle(el);
    expect(shadowText(el)).to.contain('/test-api/not-found.json');
    expect(el.shadowRoot!.querySelector('nav')).to.equal(null);
  });
});
