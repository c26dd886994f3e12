import { inEveryMode, inLiveModes, type Mode } from '../modes.js';
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/summit-corrections.js';
import '../../src/define/quote-card.js';
import type { SummitCorrectionDetail } from '../../src/base/events.js';
import type { SummitCorrections } from '../../src/elements/summit-corrections/summit-corrections.js';
import type { QuoteCard } from '../../src/elements/quote-card/quote-card.js';
import { THANKS_MS } from '../../src/elements/summit-corrections/correction-form.js';
import { fakeTimeouts, frameUntil, nextError, settle, shadowText } from '../helpers.js';

const PARAGRAPH =
  'Chinese leader Xi Jinping and Russian President Vladimir Putin met in Moscow for two days of talks. ' +
  'The two leaders signed a joint statement on deepening their partnership and on the war in Ukraine.';
const TARGET = 'joint statement';

interface Page {
  el: SummitCorrections;
  para: Text;
  outside: Text;
  inside: HTMLButtonElement;
}

async function pageIn(
  fixture: Mode['fixture'],
  attrs: { endpoint?: string; theme?: 'light' | 'dark' } = {},
): Promise<Page> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <summit-corrections theme=${attrs.theme ?? 'auto'}>
        <p id="para">${PARAGRAPH}</p>
        <button id="inside" type="button">A button in the region</button>
      </summit-corrections>
      <p id="outside">Text outside the region that a reader might select.</p>
    </div>`,
  );
  const el = wrapper.querySelector('summit-corrections')!;
  if (attrs.endpoint) el.endpoint = attrs.endpoint;
  await settle(el);
  return {
    el,
    para: textIn(wrapper.querySelector('#para')!),
    outside: textIn(wrapper.querySelector('#outside')!),
    inside: wrapper.querySelector('#inside')!,
  };
}

/** The text node holding an element's text (Lit puts comment markers around bound text). */
const textIn = (el: Element): Text =>
  [...el.childNodes].find((n): n is Text => n instanceof Text && n.data.trim() !== '')!;

function select(node: Text, text: string): void {
  const start = node.data.indexOf(text);
  expect(start, `"${text}" in the text`).to.be.greaterThan(-1);
  document.getSelection()!.setBaseAndExtent(node, start, node, start + text.length);
}

async function shortcut(modifier: 'Control' | 'Meta'): Promise<void> {
  await sendKeys({ down: modifier });
  await sendKeys({ press: 'Enter' });
  await sendKeys({ up: modifier });
}

const dialogOf = (el: SummitCorrections): HTMLDialogElement => el.shadowRoot!.querySelector('dialog')!;
const part = (el: SummitCorrections, name: string): HTMLElement | null =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const bar = (el: SummitCorrections): HTMLElement => part(el, 'bar')!;
const comment = (el: SummitCorrections): HTMLTextAreaElement => part(el, 'comment') as HTMLTextAreaElement;

async function openWith(el: SummitCorrections, modifier: 'Control' | 'Meta' = 'Control'): Promise<HTMLDialogElement> {
  await shortcut(modifier);
  await waitUntil(() => dialogOf(el).open, 'the dialog opens');
  return dialogOf(el);
}

/** Records the page's fetch calls (the test server's counters are shared by both browsers running at once). */
function recordFetches(): { calls: { url: string; init: RequestInit | undefined }[]; restore: () => void } {
  const original = window.fetch.bind(window);
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: input instanceof Request ? input.url : String(input), init });
    return original(input, init);
  };
  return { calls, restore: () => (window.fetch = original) };
}

/** Waits long enough for a keypress or selectionchange to have been handled, then lets the element render. */
async function handled(el: SummitCorrections): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
}

inEveryMode(['define/summit-corrections.js'], ({ fixture, live }) =>
  describe('<summit-corrections>', () => {
    const page = (attrs: { theme?: 'light' | 'dark' } = {}): Promise<Page> => pageIn(fixture, attrs);

    it('renders its region and the outlet’s hint line', async () => {
      const { el } = await page();
      expect(
        el
          .shadowRoot!.querySelector('slot')!
          .assignedElements()
          .map((e) => e.id),
      ).to.deep.equal(['para', 'inside']);
      // What the reader sees: the shortcut only once the script that handles it runs.
      const hint = el.shadowRoot!.querySelector<HTMLElement>('[part="hint"]')!.innerText;
      expect(hint).to.contain('To suggest a correction or clarification, write to us here.');
      if (live) expect(hint).to.contain('You can also highlight the text and press Ctrl + Enter.');
      else expect(hint, 'no shortcut promised without script').not.to.match(/Ctrl|Enter|highlight/);
      expect(bar(el).hidden).to.equal(true);
      expect(dialogOf(el).open).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('is accessible closed, in dark', async () => {
      const { el } = await page({ theme: 'dark' });
      await expect(el).to.be.accessible();
    });
  }),
);

inLiveModes(['define/summit-corrections.js', 'define/quote-card.js'], ({ fixture }) =>
  describe('<summit-corrections> in the page', () => {
    const page = (attrs: { endpoint?: string; theme?: 'light' | 'dark' } = {}): Promise<Page> => pageIn(fixture, attrs);
    let restoreFetch: (() => void) | undefined;
    let clock: ReturnType<typeof fakeTimeouts> | undefined;
    afterEach(() => {
      restoreFetch?.();
      restoreFetch = undefined;
      clock?.restore();
      clock = undefined;
      document.getSelection()?.removeAllRanges();
    });

    it('still shows its region when the bundle fails to load', async () => {
      const el = await fixture<SummitCorrections>(
        html`<summit-corrections src="/test-api/not-found.json"><p>Region text</p></summit-corrections>`,
      );
      await settle(el);
      expect(shadowText(el)).to.contain('Content unavailable');
      expect(el.shadowRoot!.querySelector('slot')!.assignedElements()).to.have.length(1);
      expect(el.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('shows the hint line of a bundle loaded from src, after the loading state', async () => {
      const el = await fixture<SummitCorrections>(
        html`<summit-corrections src="/test-api/bundle.json"><p>Region text</p></summit-corrections>`,
      );
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part="loading"]')).to.equal(null);
      expect(el.shadowRoot!.querySelector<HTMLElement>('[part="hint"]')!.innerText).to.contain('press Ctrl + Enter');
      expect(el.shadowRoot!.querySelector('slot')!.assignedElements()).to.have.length(1);
    });

    it('opens the dialog on Ctrl+Enter with the selection and its context', async () => {
      const { el, para } = await page();
      select(para, TARGET);
      const dialog = await openWith(el, 'Control');
      expect(part(el, 'selection')!.textContent).to.equal(TARGET);
      const excerpt = shadowText(el, '[part="excerpt"]');
      expect(excerpt).to.contain('The two leaders signed a joint statement on deepening their partnership');
      // About 60 characters each side, not the whole paragraph.
      expect(excerpt).not.to.contain('Chinese leader');
      expect(excerpt).to.match(/^…/);
      expect(shadowText(el, '[part="source"]')).to.contain('para');
      expect(el.shadowRoot!.activeElement).to.equal(comment(el));
      expect(dialog.querySelector('label[for="comment"]')!.textContent).to.contain('comment');
    });

    it('opens the dialog on Meta+Enter (Cmd+Enter) too', async () => {
      const { el, para } = await page();
      select(para, TARGET);
      await openWith(el, 'Meta');
      expect(part(el, 'selection')!.textContent).to.equal(TARGET);
    });

    it('does nothing without a selection', async () => {
      const { el } = await page();
      document.getSelection()!.removeAllRanges();
      await shortcut('Control');
      await handled(el);
      expect(dialogOf(el).open).to.equal(false);
      expect(bar(el).hidden).to.equal(true);
    });

    it('does nothing for a selection outside the region', async () => {
      const { el, outside } = await page();
      select(outside, 'outside the region');
      await handled(el);
      await shortcut('Control');
      await handled(el);
      expect(dialogOf(el).open).to.equal(false);
      expect(bar(el).hidden).to.equal(true);
    });

    it('takes a selection inside a nested <quote-card>’s shadow root and names the quote', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <summit-corrections>
            <p>Analysts weighed in.</p>
            <quote-card quote="gabuev-embarrassed"></quote-card>
          </summit-corrections>
        </div>`,
      );
      const el = wrapper.querySelector('summit-corrections')!;
      const card = wrapper.querySelector<QuoteCard>('quote-card')!;
      await settle(el);
      await settle(card);
      const text = textIn(card.shadowRoot!.querySelector('blockquote p')!);
      select(text, 'embarrassed by meeting Putin');
      await waitUntil(() => !bar(el).hidden, 'the button appears for a selection inside a shadow root');
      await openWith(el, 'Control');
      expect(part(el, 'selection')!.textContent).to.equal('embarrassed by meeting Putin');
      expect(shadowText(el, '[part="excerpt"]')).to.contain('Xi Jinping can’t be embarrassed by meeting Putin');
      expect(shadowText(el, '[part="source"]')).to.contain('gabuev-embarrassed');
      expect(shadowText(el, '[part="source"]')).to.contain('Alexander Gabuev');
      const sent = oneEvent(el, 'summit-correction');
      part(el, 'send-button')!.click();
      const { detail } = (await sent) as CustomEvent<SummitCorrectionDetail>;
      expect(detail.sourceId).to.equal('gabuev-embarrassed');
      expect(detail.selection).to.equal('embarrassed by meeting Putin');
    });

    it('watches the element named by for="…"', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <article id="story"><p>${PARAGRAPH}</p></article>
          <summit-corrections for="story"></summit-corrections>
        </div>`,
      );
      const el = wrapper.querySelector('summit-corrections')!;
      await settle(el);
      select(textIn(wrapper.querySelector('#story p')!), TARGET);
      await openWith(el, 'Control');
      expect(part(el, 'selection')!.textContent).to.equal(TARGET);
      expect(shadowText(el, '[part="source"]')).to.contain('story');
    });

    it('shows a "Suggest a correction" button for a selection, which opens the dialog', async () => {
      const { el, para, outside } = await page();
      select(para, TARGET);
      await waitUntil(() => !bar(el).hidden, 'the button appears');
      const button = part(el, 'suggest-button') as HTMLButtonElement;
      expect(button.textContent.trim()).to.equal('Suggest a correction');
      expect(button.getBoundingClientRect().height).to.be.at.least(24);
      // It sits just below the selected words, not at the end of the region.
      const selected = document.getSelection()!.getRangeAt(0).getBoundingClientRect();
      const placed = button.getBoundingClientRect();
      expect(placed.top - selected.bottom).to.be.within(0, 24);
      expect(placed.left).to.be.below(selected.right + 10);
      await expect(el).to.be.accessible();
      button.click();
      await waitUntil(() => dialogOf(el).open, 'the dialog opens');
      expect(part(el, 'selection')!.textContent).to.equal(TARGET);

      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialogOf(el).open, 'Esc closes the dialog');
      // Compared as a boolean: a failed equality of two elements makes web-test-runner hang in Firefox (it
      // serializes them), where it should fail.
      expect(el.shadowRoot!.activeElement === button, 'focus returns to the button').to.equal(true);

      select(outside, 'outside the region');
      await waitUntil(() => bar(el).hidden, 'the button goes away for a selection elsewhere');
    });

    it('keeps the "Suggest a correction" button and its selection when a keyboard reader moves focus to it', async () => {
      const { el, para } = await page();
      select(para, TARGET);
      await waitUntil(() => !bar(el).hidden, 'the button appears');
      const button = part(el, 'suggest-button') as HTMLButtonElement;
      // Firefox empties the page's selection when focus moves into the button.
      button.focus();
      await handled(el);
      expect(bar(el).hidden, 'the button stays').to.equal(false);
      expect(el.shadowRoot!.activeElement === button, 'focus stays on the button').to.equal(true);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialogOf(el).open, 'Enter on the button opens the dialog');
      expect(part(el, 'selection')!.textContent).to.equal(TARGET);
    });

    it('closes on Esc and returns focus to the element that had it', async () => {
      const { el, para, inside } = await page();
      inside.focus();
      select(para, TARGET);
      await openWith(el, 'Control');
      expect(document.activeElement).to.equal(el);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialogOf(el).open, 'Esc closes the dialog');
      expect(document.activeElement).to.equal(inside);
    });

    it('Cancel closes without sending', async () => {
      const { el, para } = await page();
      let fired = false;
      el.addEventListener('summit-correction', () => (fired = true));
      select(para, TARGET);
      await openWith(el);
      part(el, 'cancel-button')!.click();
      await waitUntil(() => !dialogOf(el).open, 'Cancel closes the dialog');
      expect(fired).to.equal(false);
    });

    it('the form arrives styled: a full-width comment field and Send and Cancel of at least 24 px', async () => {
      const { el, para } = await page();
      select(para, TARGET);
      await openWith(el);
      const comment = part(el, 'comment')!;
      const excerpt = part(el, 'excerpt')!;
      expect(getComputedStyle(comment).display).to.equal('block');
      expect(comment.getBoundingClientRect().width).to.be.closeTo(excerpt.getBoundingClientRect().width, 1);
      for (const name of ['send-button', 'cancel-button']) {
        expect(part(el, name)!.getBoundingClientRect().height, name).to.be.at.least(24);
      }
    });

    it('is accessible with the dialog open, light and dark', async () => {
      for (const theme of ['light', 'dark'] as const) {
        const { el, para } = await page({ theme });
        select(para, TARGET);
        await openWith(el);
        await expect(el).to.be.accessible();
        await sendKeys({ press: 'Escape' });
        await waitUntil(() => !dialogOf(el).open);
      }
    });

    it('Send fires summit-correction with the selection, context, source, comment and URL, then thanks', async () => {
      const { el, para } = await page();
      select(para, TARGET);
      await openWith(el);
      await sendKeys({ type: 'Should be "joint declaration".' });
      const sent = oneEvent(el, 'summit-correction');
      part(el, 'send-button')!.click();
      const { detail } = (await sent) as CustomEvent<SummitCorrectionDetail>;
      expect(detail).to.deep.equal({
        selection: TARGET,
        context: detail.context,
        sourceId: 'para',
        comment: 'Should be "joint declaration".',
        url: location.href,
      });
      expect(detail.context).to.contain('signed a joint statement on deepening');
      expect(detail.context.length).to.be.within(TARGET.length + 60, TARGET.length + 130);
      await waitUntil(() => shadowText(el).includes('Thank you — your suggestion was sent.'), 'thanks');
      part(el, 'close-button')!.click();
      await waitUntil(() => !dialogOf(el).open, 'Close closes the dialog');
    });

    it('POSTs to endpoint, shows "Sending…", thanks the reader and closes after the thank-you', async () => {
      const { el, para } = await page({ endpoint: '/test-api/corrections' });
      const fetches = recordFetches();
      restoreFetch = fetches.restore;
      select(para, TARGET);
      await openWith(el);
      await sendKeys({ type: 'Typo' });
      clock = fakeTimeouts();
      part(el, 'send-button')!.click();
      await el.updateComplete;
      const send = part(el, 'send-button') as HTMLButtonElement;
      expect(send.disabled).to.equal(true);
      expect(send.textContent.trim()).to.equal('Sending…');
      await frameUntil(() => shadowText(el).includes('Thank you — your suggestion was sent.'), 'thanks');
      expect(clock.delays()).to.deep.equal([THANKS_MS]);
      clock.restore();
      await expect(el).to.be.accessible();
      clock.tick(THANKS_MS - 1);
      expect(dialogOf(el).open, 'still open just before the delay').to.equal(true);
      clock.tick(1);
      expect(dialogOf(el).open, 'closed by itself').to.equal(false);
      fetches.restore();
      expect(fetches.calls).to.have.length(1);
      const [{ url, init }] = fetches.calls as [{ url: string; init: RequestInit }];
      expect(url).to.equal(new URL('/test-api/corrections', location.href).href);
      expect(init.method).to.equal('POST');
      expect(new Headers(init.headers).get('content-type')).to.equal('application/json');
      const body = JSON.parse(init.body as string) as SummitCorrectionDetail;
      expect(body).to.include({ selection: TARGET, sourceId: 'para', comment: 'Typo', url: location.href });
    });

    it('keeps the dialog and the comment on a failed POST, says why, and a retry works', async () => {
      const { el, para } = await page({ endpoint: '/test-api/corrections?fail=1' });
      select(para, TARGET);
      await openWith(el);
      await sendKeys({ type: 'Please check this' });
      const error = nextError(el);
      part(el, 'send-button')!.click();
      const { detail } = await error;
      expect(detail.code).to.equal('correction-failed');
      expect(detail.message).to.contain('503');
      await waitUntil(() => part(el, 'message')!.textContent.includes('HTTP 503'), 'the failure is shown');
      const message = part(el, 'message')!;
      expect(message.getAttribute('role')).to.equal('alert');
      expect(message.textContent).to.contain('Could not send: HTTP 503. Your text is kept');
      expect(dialogOf(el).open).to.equal(true);
      expect(comment(el).value).to.equal('Please check this');
      const send = part(el, 'send-button') as HTMLButtonElement;
      expect(send.disabled).to.equal(false);
      expect(send.textContent.trim()).to.equal('Send');
      await expect(el).to.be.accessible();

      el.endpoint = '/test-api/corrections';
      const sent = oneEvent(el, 'summit-correction');
      send.click();
      expect(((await sent) as CustomEvent<SummitCorrectionDetail>).detail.comment).to.equal('Please check this');
      await waitUntil(() => shadowText(el).includes('Thank you — your suggestion was sent.'), 'the retry succeeds');
      expect(dialogOf(el).open).to.equal(true);
    });

    it('fails with a readable message when the endpoint does not answer within timeout', async () => {
      const { el, para } = await page({ endpoint: '/test-api/slow.json?ms=5000' });
      el.timeout = 100;
      select(para, TARGET);
      await openWith(el);
      const error = nextError(el);
      part(el, 'send-button')!.click();
      const { detail } = await error;
      expect(detail.code).to.equal('correction-failed');
      await el.updateComplete;
      expect(part(el, 'message')!.textContent).to.contain('Could not send: no answer within 0.1 s.');
      expect((part(el, 'send-button') as HTMLButtonElement).disabled).to.equal(false);
    });

    it('cancelling while the POST is under way aborts it, and nothing happens afterwards', async () => {
      const { el, para } = await page({ endpoint: '/test-api/slow.json?ms=5000' });
      const fetches = recordFetches();
      restoreFetch = fetches.restore;
      select(para, TARGET);
      await openWith(el);
      let errors = 0;
      el.addEventListener('summit-error', () => errors++);
      part(el, 'send-button')!.click();
      await el.updateComplete;
      expect(fetches.calls).to.have.length(1);
      const signal = fetches.calls[0]!.init!.signal!;
      const closed = oneEvent(dialogOf(el), 'close');
      part(el, 'cancel-button')!.click();
      await closed;
      expect(signal.aborted).to.equal(true);
      await el.updateComplete;
      expect(errors).to.equal(0);
      expect(part(el, 'message')!.textContent).to.equal('');
      expect(shadowText(el)).not.to.contain('Thank you');
    });

    it('extends a selection that cuts words to the whole words', async () => {
      const { el, para } = await page();
      select(para, 'oint statem');
      const dialog = await openWith(el);
      expect(part(el, 'selection')!.textContent).to.equal(TARGET);
      const sent = oneEvent(el, 'summit-correction');
      part(el, 'send-button')!.click();
      expect(((await sent) as CustomEvent<SummitCorrectionDetail>).detail.selection).to.equal(TARGET);
      expect(dialog.open).to.equal(true);
    });

    it('does not POST when a listener handles the correction (preventDefault)', async () => {
      const { el, para } = await page({ endpoint: '/test-api/corrections' });
      const fetches = recordFetches();
      restoreFetch = fetches.restore;
      el.addEventListener('summit-correction', (event) => {
        event.preventDefault();
      });
      select(para, TARGET);
      await openWith(el);
      part(el, 'send-button')!.click();
      await waitUntil(() => shadowText(el).includes('Thank you'), 'thanks');
      fetches.restore();
      expect(fetches.calls).to.have.length(0);
    });

    it('never POSTs to a javascript: endpoint', async () => {
      const { el, para } = await page({ endpoint: 'javascript:alert(1)' });
      select(para, TARGET);
      await openWith(el);
      const error = nextError(el);
      part(el, 'send-button')!.click();
      expect((await error).detail.code).to.equal('correction-failed');
      await el.updateComplete;
      expect(part(el, 'message')!.textContent).to.contain('not an http(s) address');
      expect(dialogOf(el).open).to.equal(true);
    });
  }),
);
