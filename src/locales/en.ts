import type { SummitErrorCode } from '../data/errors.js';

/** Why a correction could not be sent. */
export type SendProblem = 'http' | 'network' | 'timeout' | 'endpoint';

/** Where a selected passage came from, as `summit-corrections` names it. */
export type SourceKind = 'quote' | 'takeaway' | 'element';

/**
 * English: the interface text every build carries, and the list of keys every other locale must have (the type
 * below checks it at compile time, `tests/i18n/locales.test.ts` at run time). Terms that take numbers or names are
 * functions, so each language words and inflects them its own way.
 */
const en = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',
  /** The tag the interface text is marked with (`lang`). */
  $lang: 'en',

  // Loading and error states (src/base/templates.ts)
  loading: 'Loading…',
  errorTitle: 'Content unavailable.',
  /** English shows the detailed message; other languages say in their words what went wrong. */
  error: (_code: SummitErrorCode, message: string) => message,

  /** Between a visible label and the hidden name that completes it ("Copy quote: Xi Jinping"). */
  labelSeparator: ': ',

  // quote-card
  copyQuote: 'Copy quote',
  copied: 'Copied',
  quoteCopied: 'Quote copied to the clipboard',

  // summit-takeaway
  fullText: 'Full text',
  copyLink: 'Copy link',
  /** Hidden text around the title after "Copy link": "Copy link to “Energy supplies”". */
  copyLinkBefore: ' to “',
  copyLinkAfter: '”',
  linkCopied: 'Link copied',
  linkCopyFailed: 'Could not copy the link; copy it from the address bar instead.',

  // summit-explainer
  contents: 'Contents',
  /** What a screen reader hears: "Reading takeaway 3 of 7". */
  progress: (current: number, total: number) => `Reading takeaway ${current} of ${total}`,
  /** What the eye sees beside the bar: "3 of 7". */
  progressShort: (current: number, total: number) => `${current} of ${total}`,
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',

  // reaction-panel
  reactionsLabel: 'Reactions to the summit',
  noReactions: 'No reactions in this bundle.',

  // summit-declaration: "Signed by Vladimir Putin and Xi Jinping on March 21, 2023"
  signed: 'Signed',
  signedBy: (names: string) => `Signed by ${names}`,
  /** Between the signatories and the date. */
  signedByOn: ' on ',
  /** Between "Signed" (no signatories named) and the date. */
  signedOn: ' on ',

  // summit-related
  relatedLabel: 'Other Topics of Interest',

  // summit-corrections
  suggestCorrection: 'Suggest a correction',
  thanks: 'Thank you — your suggestion was sent.',
  close: 'Close',
  selectedText: 'Selected text',
  source: 'Source:',
  sourceQuote: (name: string) => `Quote by ${name}`,
  sourceTakeaway: (number: number, title: string) => `Takeaway ${number}: ${title}`,
  sourceKind: (kind: SourceKind): string => (kind === 'element' ? 'section' : kind),
  comment: 'Your comment (optional)',
  send: 'Send',
  sending: 'Sending…',
  cancel: 'Cancel',
  /** The dialog's script did not load when the reader asked for it. */
  formFailed:
    'Could not open the correction form: its script did not load (network error). Try again or reload the page.',
  /** `status` is the HTTP status for `http`, the seconds waited for `timeout`. */
  sendFailed: (problem: SendProblem, status = 0) =>
    `Could not send: ${
      {
        http: `HTTP ${status}`,
        network: 'network error',
        timeout: `no answer within ${status} s`,
        endpoint: 'the endpoint is not an http(s) address',
      }[problem]
    }. Your text is kept — try again.`,
};

/** Every interface string: the keys of `en`, each with its signature. */
export type SummitTerms = typeof en & { $dir: 'ltr' | 'rtl' };

export default en as SummitTerms;
