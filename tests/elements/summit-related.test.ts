import { inEveryMode } from '../modes.js';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define/summit-related.js';
import type { SummitRelated } from '../../src/elements/summit-related/summit-related.js';
import { cloneBundle, nextError, settle, shadowText } from '../helpers.js';

const URL = 'https://example.com/news/taiwan-war-drill';

function withUrl(): ReturnType<typeof cloneBundle> {
  const bundle = cloneBundle();
  bundle.related[0]!.url = URL;
  bundle.related[0]!.date = '2024-05-23';
  return bundle;
}

inEveryMode(['define/summit-related.js'], ({ fixture }) =>
  describe('<summit-related>', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`shows the Taiwan teaser with label, headline and standfirst and no link (${theme})`, async () => {
        const el = await settle(await fixture<SummitRelated>(html`<summit-related theme=${theme}></summit-related>`));
        expect(shadowText(el, '[part="label"]')).to.equal('Other Topics of Interest');
        expect(shadowText(el, 'h3')).to.equal(
          'China Starts Surprise War Drill Around Taiwan, Vows Blood of ‘Independence Forces’',
        );
        expect(shadowText(el, '[part="standfirst"]')).to.contain('took place unannounced');
        expect(el.shadowRoot!.querySelector('a')).to.equal(null);
        expect(el.shadowRoot!.querySelector('time')).to.equal(null);
        expect(el.hidden).to.equal(false);
        await expect(el).to.be.accessible();
      });
    }

    it('puts the headline at `heading-level`', async () => {
      const el = await settle(await fixture<SummitRelated>(html`<summit-related heading-level="2"></summit-related>`));
      expect(shadowText(el, 'h2')).to.contain('China Starts Surprise War Drill');
      expect(el.shadowRoot!.querySelector('h3')).to.equal(null);
    });

    it('shows a readable error for an unknown `related` id', async () => {
      const el = await settle(
        await fixture<SummitRelated>(html`<summit-related related="no-such-story"></summit-related>`),
      );
      expect(shadowText(el, '[role="alert"]')).to.contain('No related story "no-such-story"');
      expect(el.shadowRoot!.querySelector('h3')).to.equal(null);
      expect(el.hidden).to.equal(false);
    });
  }),
);

describe('<summit-related> in the page', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`makes the headline the one link, stretched over the whole card (${theme})`, async () => {
      const el = await fixture<SummitRelated>(
        html`<summit-related theme=${theme} .bundle=${withUrl()}></summit-related>`,
      );
      await settle(el);
      const links = el.shadowRoot!.querySelectorAll('a');
      expect(links).to.have.length(1);
      const link = links[0]!;
      expect(link.getAttribute('href')).to.equal(URL);
      expect(link.closest('h3')).to.exist;
      expect(link.textContent).to.contain('China Starts Surprise War Drill');
      const time = el.shadowRoot!.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2024-05-23');
      expect(time.textContent).to.contain('2024');

      const after = getComputedStyle(link, '::after');
      expect(after.position).to.equal('absolute');
      await expect(el).to.be.accessible();
    });
  }

  it('follows the link when the reader clicks anywhere on the card', async () => {
    const el = await fixture<SummitRelated>(html`<summit-related .bundle=${withUrl()}></summit-related>`);
    await settle(el);
    const link = el.shadowRoot!.querySelector('a')!;
    const clicks: EventTarget[] = [];
    link.addEventListener('click', (event) => {
      event.preventDefault();
      clicks.push(event.target!);
    });
    // The standfirst, far from the headline's own text, and the card's bottom corner.
    const card = el.shadowRoot!.querySelector('[part="card"]')!.getBoundingClientRect();
    const standfirst = el.shadowRoot!.querySelector('[part="standfirst"]')!.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [
        Math.round(standfirst.left + standfirst.width / 2),
        Math.round(standfirst.top + standfirst.height / 2),
      ],
    });
    await sendMouse({ type: 'click', position: [Math.round(card.right - 4), Math.round(card.bottom - 4)] });
    expect(clicks).to.have.length(2);
    expect(clicks.every((target) => target === link)).to.equal(true);
    await sendMouse({ type: 'click', position: [0, 0] });
  });

  it('rings the whole card when the link has keyboard focus', async () => {
    const el = await fixture<SummitRelated>(html`<summit-related .bundle=${withUrl()}></summit-related>`);
    await settle(el);
    const link = el.shadowRoot!.querySelector('a')!;
    const card = el.shadowRoot!.querySelector('[part="card"]')!;
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(link);
    expect(getComputedStyle(card).outlineStyle).to.equal('solid');
    expect(getComputedStyle(card).outlineWidth).to.equal('3px');
    expect(getComputedStyle(link).outlineStyle).to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('rejects a javascript: URL in the bundle with an in-element error and no link', async () => {
    const bundle = cloneBundle();
    (bundle.related[0] as { url?: string }).url = 'javascript:alert(1)';
    const el = await fixture<SummitRelated>(html`<summit-related></summit-related>`);
    await settle(el);
    const error = nextError(el);
    el.bundle = bundle;
    const { detail } = await error;
    await settle(el);
    expect(detail.code).to.equal('invalid-bundle');
    expect(detail.issues!.map((issue) => issue.path)).to.include('related[0].url');
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    expect(shadowText(el)).to.contain('related[0].url');
    expect(el.hidden).to.equal(false);
    await expect(el).to.be.accessible();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`hides the host and renders nothing when the bundle has no related story (${theme})`, async () => {
      const bundle = cloneBundle();
      bundle.related = [];
      let errors = 0;
      const el = await fixture<SummitRelated>(
        html`<summit-related theme=${theme} .bundle=${bundle} @summit-error=${() => (errors += 1)}></summit-related>`,
      );
      await settle(el);
      expect(el.hidden).to.equal(true);
      expect(el.hasAttribute('hidden')).to.equal(true);
      expect(shadowText(el)).to.equal('');
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(errors).to.equal(0);
      await expect(el).to.be.accessible();

      el.bundle = withUrl();
      await settle(el);
      expect(el.hasAttribute('hidden')).to.equal(false);
      expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(1);
    });
  }

  it('picks a story by `related` id and reports an unknown one', async () => {
    const bundle = withUrl();
    bundle.related.push({
      id: 'second-story',
      headline: 'A second story',
      standfirst: 'Its standfirst.',
      url: 'https://example.com/second',
    });
    const el = await fixture<SummitRelated>(
      html`<summit-related related="second-story" .bundle=${bundle}></summit-related>`,
    );
    await settle(el);
    expect(shadowText(el, 'h3')).to.equal('A second story');
    expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('https://example.com/second');

    const error = nextError(el);
    el.related = 'no-such-story';
    expect((await error).detail.code).to.equal('unknown-id');
    expect(shadowText(el)).to.contain('No related story "no-such-story"');
    expect(el.hidden).to.equal(false);
  });

  it('puts the linked headline at `heading-level`, and follows a change of it', async () => {
    const el = await fixture<SummitRelated>(
      html`<summit-related heading-level="2" .bundle=${withUrl()}></summit-related>`,
    );
    await settle(el);
    expect(shadowText(el, 'h2')).to.contain('China Starts Surprise War Drill');
    expect(el.shadowRoot!.querySelector('h2 a')).to.exist;
    expect(el.shadowRoot!.querySelector('h3')).to.equal(null);
    el.headingLevel = 5;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h5 a')).to.exist;
  });
});
