import type { Excerpt, Source } from './excerpt.js';
import type { SelectionBounds } from './selection.js';

/** What the open dialog is about. */
export interface Draft {
  bounds: SelectionBounds;
  excerpt: Excerpt;
  source: Source | null;
  /**
   * A readable name for the source when the bundle knows it ("Quote by Alexander Gabuev", "Takeaway 5: …"): the
   * interface's sentence, made with `SLOT` where the bundle's `content` (in `lang`) goes.
   */
  sourceLabel: { sentence: string; content: string; lang: string } | null;
  /** The language of the selected text (the nearest `lang` where it was selected), when the page says. */
  lang?: string | undefined;
}

/**
 * The dialog's memory between openings: the comment of the last unsent draft (given back when the reader reopens
 * the same text) and the element focus returns to when the dialog closes.
 */
export class DraftMemory {
  #kept?: { key: string; comment: string };
  #opener: Element | null = null;

  /** Starts a draft; returns the comment to show (the kept one for the same text, else empty). */
  open(draft: Draft, opener: Element | null): string {
    const key = `${draft.source?.id ?? ''}|${draft.excerpt.context}|${draft.excerpt.selection}`;
    const comment = this.#kept?.key === key ? this.#kept.comment : '';
    this.#kept = { key, comment };
    this.#opener = opener && opener !== document.body ? opener : null;
    return comment;
  }

  /** The reader typed: keep the comment for this draft. */
  edit(comment: string): void {
    if (this.#kept) this.#kept.comment = comment;
  }

  /** The draft was sent: nothing to give back next time. */
  forget(): void {
    this.#kept = undefined;
  }

  /** Where focus goes back to: the opener while it is on the page, else `fallback`. */
  returnTarget(fallback: HTMLElement | null): HTMLElement | null {
    return this.#opener?.isConnected === true ? (this.#opener as HTMLElement) : fallback;
  }
}
