import { waitUntil, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { SummitElement } from '../../src/base/summit-element.js';
import { defaultBundle } from '../../src/data/article-bundle.js';
import type { Bundle } from '../../src/data/schema.js';
import { aroundSlot, SLOT } from '../../src/base/sentences.js';
import type { SummitTerms } from '../../src/locales/en.js';
import { gated } from '../helpers.js';
import ukBundle from '../../data/moscow-summit-2023.uk.json';

/**
 * Every element in every state a reader can bring it to (copied, dialog open, sent, loading, error…), as a table
 * the i18n tests run in each locale: what to render, how to get there, and which interface strings it shows.
 */

/** The English default bundle and the Ukrainian sample. */
export const BUNDLES: Record<string, Bundle> = { en: defaultBundle(), uk: ukBundle as Bundle };

export type Step = (wrapper: HTMLElement) => Promise<void>;

export interface Row {
  name: string;
  render: (lang: string, bundle: Bundle) => TemplateResult;
  /** Interface strings this render shows, in `t`; none of them may be left in English. */
  expects: (t: SummitTerms, bundle: Bundle) => string[];
  /** Brings the render to the state under test, after its data has arrived. */
  act?: Step;
  /** Waits for the render instead of waiting for its data (a loading state). */
  loading?: boolean;
  /** Whether a bundle has what the row shows. */
  needs?: (bundle: Bundle) => boolean;
}

/** Every summit-kit element under `root`, inside shadow roots too. */
export const elementsIn = (root: Element | ShadowRoot): SummitElement[] =>
  [...root.querySelectorAll('*')].flatMap((el) => [
    ...(el instanceof SummitElement ? [el] : []),
    ...(el.shadowRoot ? elementsIn(el.shadowRoot) : []),
  ]);

export async function settleAll(wrapper: HTMLElement): Promise<void> {
  // Nested elements (a takeaway's quote cards, a panel's) appear as their parents render.
  for (let round = 0; round < 3; round++) await Promise.all(elementsIn(wrapper).map((el) => el.ready));
}

const shadowOf = (wrapper: HTMLElement, selector: string): ShadowRoot => wrapper.querySelector(selector)!.shadowRoot!;

/** Presses `key` on a button inside `selector`'s shadow root: a real key press, so the clipboard is allowed. */
const press =
  (selector: string, button: string, key = 'Enter'): Step =>
  async (wrapper) => {
    shadowOf(wrapper, selector).querySelector<HTMLButtonElement>(button)!.focus();
    await sendKeys({ press: key });
    await waitUntil(() => shadowOf(wrapper, selector).querySelector('[role=status]')?.textContent.trim(), 'status');
  };

/** Selects the first words of `selector` (a text holder) in the region's `element` and opens the dialog with Ctrl + Enter. */
const openDialogOn =
  (element: string, selector: string): Step =>
  async (wrapper) => {
    const paragraph = shadowOf(wrapper, element).querySelector(selector)!;
    const text = [...paragraph.childNodes].find(
      (node): node is Text => node instanceof Text && node.data.trim() !== '',
    )!;
    const words = text.data.trim().split(' ').slice(0, 3).join(' ');
    const start = text.data.indexOf(words);
    document.getSelection()!.setBaseAndExtent(text, start, text, start + words.length);
    const dialog = shadowOf(wrapper, 'summit-corrections').querySelector('dialog')!;
    // The page's first selection imports the selection controller, its first dialog the form: the test server
    // transforms each on its first request, which on a busy machine takes longer than waitUntil's default second.
    const loading = { timeout: 10_000 };
    await waitUntil(
      () => !shadowOf(wrapper, 'summit-corrections').querySelector<HTMLElement>('.bar')!.hidden,
      'bar',
      loading,
    );
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Control' });
    await waitUntil(() => dialog.open, 'the dialog opens', loading);
  };

/** Opens the dialog on the first words of the quote in the region's quote card. */
const openDialog = openDialogOn('quote-card', 'blockquote p');

/** The interface's words of a sentence made around the bundle's (`t.sourceQuote(SLOT)`): each must be shown. */
const around = (sentence: string): string[] =>
  aroundSlot(sentence)
    .map((part) => part.trim())
    .filter(Boolean);

const clickIn =
  (selector: string, button: string, done: string): Step =>
  async (wrapper) => {
    shadowOf(wrapper, selector).querySelector<HTMLButtonElement>(button)!.click();
    await waitUntil(() => shadowOf(wrapper, selector).querySelector(done)?.textContent.trim(), done);
  };

const then =
  (...steps: Step[]): Step =>
  async (wrapper) => {
    for (const step of steps) await step(wrapper);
  };

/** A bundle whose related stories have no label of their own, so the interface's is shown. */
const unlabelled = (bundle: Bundle): Bundle => ({
  ...bundle,
  related: bundle.related.map((story) => ({ ...story, label: undefined })),
});

const corrections = (lang: string, bundle: Bundle, endpoint?: string): TemplateResult =>
  html`<summit-corrections lang=${lang} .bundle=${bundle} endpoint=${endpoint ?? ''}
    ><quote-card quote=${bundle.quotes[0]!.id} .bundle=${bundle}></quote-card
  ></summit-corrections>`;

const correctionsOnTakeaway = (lang: string, bundle: Bundle): TemplateResult =>
  html`<summit-corrections lang=${lang} .bundle=${bundle}
    ><summit-takeaway takeaway="1" .bundle=${bundle}></summit-takeaway
  ></summit-corrections>`;

/** The loading state's held requests (ids of their own: Chromium and Firefox share the test server). */
const gates: ReturnType<typeof gated>[] = [];

/** Lets the test server answer the loading state's held requests. */
export const releaseGates = (): Promise<unknown> => Promise.all(gates.splice(0).map((gate) => gate.release()));

const heldSrc = (): string => {
  const gate = gated();
  gates.push(gate);
  return gate.url;
};

export const rows: Row[] = [
  {
    name: 'quote-card',
    render: (lang, b) => html`<quote-card lang=${lang} quote=${b.quotes[0]!.id} .bundle=${b}></quote-card>`,
    expects: (t) => [t.copyQuote],
  },
  {
    name: 'quote-card, copied',
    render: (lang, b) => html`<quote-card lang=${lang} quote=${b.quotes[0]!.id} .bundle=${b}></quote-card>`,
    act: press('quote-card', 'button.copy'),
    expects: (t) => [t.copied, t.quoteCopied],
  },
  {
    name: 'summit-takeaway',
    render: (lang, b) => html`<summit-takeaway lang=${lang} takeaway="1" .bundle=${b}></summit-takeaway>`,
    expects: (t) => [t.fullText, t.copyLink, t.copyLinkBefore.trim()],
  },
  {
    name: 'summit-takeaway, link copied',
    render: (lang, b) => html`<summit-takeaway lang=${lang} takeaway="1" .bundle=${b}></summit-takeaway>`,
    act: press('summit-takeaway', 'button.copy'),
    expects: (t) => [t.linkCopied],
  },
  {
    name: 'reaction-panel',
    render: (lang, b) => html`<reaction-panel lang=${lang} .bundle=${b}></reaction-panel>`,
    expects: (t) => [t.reactionsLabel, t.copyQuote],
  },
  {
    name: 'reaction-panel, no reactions',
    render: (lang, b) => html`<reaction-panel lang=${lang} .bundle=${{ ...b, reactions: [] }}></reaction-panel>`,
    expects: (t) => [t.noReactions],
  },
  {
    name: 'summit-explainer',
    render: (lang, b) => html`<summit-explainer lang=${lang} hash-links="off" .bundle=${b}></summit-explainer>`,
    expects: (t, b) => [
      t.contents,
      t.progress(1, b.takeaways.length),
      t.progressShort(1, b.takeaways.length),
      t.expandAll,
      t.collapseAll,
      t.fullText,
    ],
  },
  {
    name: 'summit-declaration',
    render: (lang, b) => html`<summit-declaration lang=${lang} .bundle=${b}></summit-declaration>`,
    expects: (t) => around(t.signedBy(SLOT)),
  },
  {
    name: 'summit-declaration, unsigned',
    render: (lang, b) =>
      html`<summit-declaration
        lang=${lang}
        .bundle=${{ ...b, declaration: { ...b.declaration, signatoryIds: [] } }}
      ></summit-declaration>`,
    expects: (t) => [t.signed],
  },
  {
    name: 'summit-related',
    render: (lang, b) => html`<summit-related lang=${lang} .bundle=${unlabelled(b)}></summit-related>`,
    expects: (t) => [t.relatedLabel],
    needs: (b) => b.related.length > 0,
  },
  {
    name: 'summit-corrections',
    render: (lang, b) => corrections(lang, b),
    expects: (t) => [t.suggestCorrection],
  },
  {
    name: 'summit-corrections, dialog open',
    render: (lang, b) => corrections(lang, b),
    act: openDialog,
    expects: (t) => [
      t.suggestCorrection,
      t.selectedText,
      t.source,
      ...around(t.sourceQuote(SLOT)),
      t.comment,
      t.send,
      t.cancel,
    ],
  },
  {
    name: 'summit-corrections, dialog open on a takeaway',
    render: correctionsOnTakeaway,
    act: openDialogOn('summit-takeaway', '.summary'),
    expects: (t, b) => [t.source, ...around(t.sourceTakeaway(b.takeaways[0]!.number, SLOT))],
  },
  {
    name: 'summit-corrections, sent',
    render: (lang, b) => corrections(lang, b),
    act: then(openDialog, clickIn('summit-corrections', '.send', '.thanks')),
    expects: (t) => [t.thanks, t.close],
  },
  {
    name: 'summit-corrections, not sent',
    render: (lang, b) => corrections(lang, b, 'ftp://example.com/corrections'),
    act: then(openDialog, clickIn('summit-corrections', '.send', '.message')),
    expects: (t) => [t.sendFailed('endpoint')],
  },
  {
    name: 'loading state',
    render: (lang) => html`<quote-card lang=${lang} src=${heldSrc()}></quote-card>`,
    loading: true,
    expects: (t) => [t.loading],
  },
  {
    name: 'error state',
    render: (lang, b) =>
      html`<summit-takeaway lang=${lang} takeaway="no-such-takeaway" .bundle=${b}></summit-takeaway>`,
    expects: (t) => [t.errorTitle, t.error('unknown-id', 'no such takeaway')],
  },
];
