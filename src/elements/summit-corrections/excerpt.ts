/**
 * What the correction dialog shows of a selection: grown to whole words, the text around it, and which takeaway or
 * quote it came from. Loaded with the dialog (`correction-form.ts`), the first time a reader selects text.
 */
import { collapse, composedParent, flatRange, type Boundary, type SelectionBounds } from './selection.js';

/** What the correction dialog shows and the `summit-correction` event carries. */
export interface Excerpt {
  /** The selected text, whitespace collapsed. */
  selection: string;
  /** Up to about {@link CONTEXT_CHARS} characters before the selection (ends with its separating space, if any). */
  before: string;
  /** Up to about {@link CONTEXT_CHARS} characters after the selection. */
  after: string;
  /** Whether `before` / `after` were cut short. */
  clippedBefore: boolean;
  clippedAfter: boolean;
  /** `before + selection + after`: the sentence the reader saw. */
  context: string;
}

export const CONTEXT_CHARS = 60;

/** Word boundaries in the reader's text (every engine we support has `Intl.Segmenter`; without it, no change). */
const wordSegmenter =
  typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'word' }) : undefined;

/** Moves a boundary that falls inside a word out to that word's start (`start`) or end (`end`). */
function toWordEdge(boundary: Boundary, side: 'start' | 'end'): Boundary {
  const { node, offset } = boundary;
  if (!wordSegmenter || !(node instanceof Text)) return boundary;
  const index = side === 'start' ? offset : offset - 1;
  if (index < 0 || index >= node.data.length) return boundary;
  const word = wordSegmenter.segment(node.data).containing(index);
  if (!word?.isWordLike) return boundary;
  return { node, offset: side === 'start' ? word.index : word.index + word.segment.length };
}

/** The selection grown to whole words: "oint statem" becomes "joint statement". Never shrinks it. */
export const wholeWords = (bounds: SelectionBounds): SelectionBounds => ({
  start: toWordEdge(bounds.start, 'start'),
  end: toWordEdge(bounds.end, 'end'),
});

const INLINE = /^(inline|contents|ruby|none)/;

/** The nearest block (paragraph, list item, blockquote…) around `node` in its own tree, stopping at `limit`. */
function blockAround(node: Node, limit: Node): Node {
  for (let current: Node | null = node; current; current = current.parentNode) {
    if (current === limit || current instanceof ShadowRoot) return current;
    if (current instanceof Element && !INLINE.test(getComputedStyle(current).display)) return current;
  }
  return node.getRootNode();
}

/** Cuts `text` to about `max` characters from its start or end, at a word boundary when one is near. */
function clip(text: string, max: number, keep: 'start' | 'end'): { text: string; clipped: boolean } {
  if (text.length <= max) return { text, clipped: false };
  let cut = keep === 'end' ? text.slice(-max) : text.slice(0, max);
  const space = keep === 'end' ? cut.indexOf(' ') : cut.lastIndexOf(' ');
  if (space > 0 && space < max - 1 && (keep === 'end' ? space < max / 3 : space > (max * 2) / 3))
    cut = keep === 'end' ? cut.slice(space + 1) : cut.slice(0, space);
  return { text: cut, clipped: true };
}

/**
 * The selected text with about {@link CONTEXT_CHARS} characters on each side, taken from the text of the block that
 * holds it (within `region`; a shadow root counts as its own container).
 */
export function excerptOf(bounds: SelectionBounds, region: Node, max = CONTEXT_CHARS): Excerpt {
  const range = flatRange(bounds);
  const container = blockAround(range.commonAncestorContainer, region);
  const head = document.createRange();
  head.selectNodeContents(container);
  head.setEnd(range.startContainer, range.startOffset);
  const tail = document.createRange();
  tail.selectNodeContents(container);
  tail.setStart(range.endContainer, range.endOffset);

  const raw = collapse(range.toString());
  const selection = raw.trim();
  // Spaces trimmed off the selection belong to its surroundings.
  const before = clip(collapse(head.toString() + (raw.startsWith(' ') ? ' ' : '')).trimStart(), max, 'end');
  const after = clip(collapse((raw.endsWith(' ') ? ' ' : '') + tail.toString()).trimEnd(), max, 'start');
  return {
    selection,
    before: before.text,
    after: after.text,
    clippedBefore: before.clipped,
    clippedAfter: after.clipped,
    context: collapse(before.text + selection + after.text).trim(),
  };
}

/** Reads a string attribute or property (`takeaway`, `quote`) of one of our elements. */
function reference(el: Element, name: 'takeaway' | 'quote'): string | null {
  const attr = el.getAttribute(name);
  if (attr?.trim()) return attr.trim();
  const prop = (el as unknown as Record<string, unknown>)[name];
  if ((typeof prop === 'string' && prop.trim()) || typeof prop === 'number') return String(prop).trim();
  return null;
}

/** Where the selection came from: which element kind names it, and its id. */
export interface Source {
  kind: 'quote' | 'takeaway' | 'element';
  id: string;
}

/**
 * Which quote or takeaway a node belongs to: walks up from it, out of shadow roots through their hosts, to the
 * nearest custom element with a `quote` or `takeaway`; failing that, the nearest page element (not one inside a
 * shadow root) with an `id`. Stops at `limit` (inclusive).
 */
export function sourceOf(node: Node, limit: Node): Source | null {
  let fallback: Source | null = null;
  for (let current: Node | null = node; current; current = composedParent(current)) {
    if (current instanceof Element) {
      if (current.localName.includes('-')) {
        const quote = reference(current, 'quote');
        if (quote) return { kind: 'quote', id: quote };
        const takeaway = reference(current, 'takeaway');
        if (takeaway) return { kind: 'takeaway', id: takeaway };
      }
      if (!fallback && current.id && !(current.getRootNode() instanceof ShadowRoot))
        fallback = { kind: 'element', id: current.id };
    }
    if (current === limit) break;
  }
  return fallback;
}

/** Puts the reader's selection back (after the dialog moved it into the comment field). */
export function restoreSelection(bounds: SelectionBounds): void {
  try {
    document
      .getSelection()
      ?.setBaseAndExtent(bounds.start.node, bounds.start.offset, bounds.end.node, bounds.end.offset);
  } catch {
    // The text changed meanwhile; leave the selection as it is.
  }
}
