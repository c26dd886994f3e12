import type { BundleIssue, SummitErrorCode } from '../data/errors.js';

/** Detail of `summit-error`: what went wrong, readable, with the failing paths for an invalid bundle. */
export interface SummitErrorDetail {
  code: SummitErrorCode;
  message: string;
  issues?: readonly BundleIssue[];
}
export interface SummitTakeawayToggleDetail {
  id: string;
  open: boolean;
}
export interface SummitQuoteCopyDetail {
  id: string;
  text: string;
}
export interface SummitReactionChangeDetail {
  id: string;
}
export interface SummitCorrectionDetail {
  selection: string;
  context: string;
  sourceId: string | null;
  comment: string;
  url: string;
}

export interface SummitEventMap {
  'summit-error': SummitErrorDetail;
  'summit-takeaway-toggle': SummitTakeawayToggleDetail;
  'summit-quote-copy': SummitQuoteCopyDetail;
  'summit-reaction-change': SummitReactionChangeDetail;
  'summit-correction': SummitCorrectionDetail;
}

/** Every summit-kit event bubbles and crosses shadow roots, so a page can listen on `document`. */
export function emit<K extends keyof SummitEventMap>(target: EventTarget, type: K, detail: SummitEventMap[K]): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: true }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'summit-error': CustomEvent<SummitErrorDetail>;
    'summit-takeaway-toggle': CustomEvent<SummitTakeawayToggleDetail>;
    'summit-quote-copy': CustomEvent<SummitQuoteCopyDetail>;
    'summit-reaction-change': CustomEvent<SummitReactionChangeDetail>;
    'summit-correction': CustomEvent<SummitCorrectionDetail>;
  }
}
