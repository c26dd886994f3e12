/**
 * Selection helpers for `<summit-corrections>`: where the reader's selection is (including inside the open shadow
 * roots of our elements), whether it lies inside a region, the text around it, and which takeaway or quote it came
 * from. No Lit, no element state: everything takes the nodes it works on.
 */

/** One end of a selection. */
export interface Boundary {
  node: Node;
  offset: number;
}

/** A selection as the reader made it: its two ends, possibly inside shadow roots, in document order. */
export interface SelectionBounds {
  start: Boundary;
  end: Boundary;
}

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

/** The first Chromium shipping (before 137) took the shadow roots as arguments rather than an options object. */
interface LegacyComposedRanges {
  getComposedRanges(...shadowRoots: ShadowRoot[]): StaticRange[];
}

/** Every open shadow root inside `root`, at any depth (closed ones can't be seen, by design). */
export function openShadowRoots(root: Node, skip?: ShadowRoot | null): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (scope: Node): void => {
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.currentNode as Node | null; node; node = walker.nextNode()) {
      const shadow = node instanceof Element ? node.shadowRoot : null;
      if (shadow && shadow !== skip) {
        found.push(shadow);
        visit(shadow);
      }
    }
  };
  visit(root);
  return found;
}

/** Reads the selection's ends, through the given shadow roots where the browser can (`getComposedRanges`). */
export function readSelection(selection: Selection | null, shadowRoots: ShadowRoot[]): SelectionBounds | null {
  if (!selection || selection.rangeCount === 0) return null;
  let range: AbstractRange | undefined;
  if ('getComposedRanges' in selection) {
    try {
      // The standard form (Chromium 137+, Firefox).
      range = selection.getComposedRanges({ shadowRoots })[0];
    } catch {
      try {
        range = (selection as unknown as LegacyComposedRanges).getComposedRanges(...shadowRoots)[0];
      } catch {
        range = undefined;
      }
    }
  }
  range ??= selection.getRangeAt(0);
  if (range.collapsed) return null;
  return {
    start: { node: range.startContainer, offset: range.startOffset },
    end: { node: range.endContainer, offset: range.endOffset },
  };
}

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

/** The node one level up, crossing from a shadow root to its host. */
const composedParent = (node: Node): Node | null =>
  node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;

/**
 * Whether `node` is inside `region`: a light-DOM descendant, or inside the shadow root of one, at any depth.
 * `exclude` (the element's own shadow root, with its button and dialog) never counts.
 */
export function isInside(node: Node, region: Node, exclude?: ShadowRoot | null): boolean {
  for (let current: Node | null = node; current; current = composedParent(current)) {
    if (current === exclude) return false;
    if (current.parentNode === exclude && exclude) return false;
    if (current === region) return true;
  }
  return false;
}

/** The selection's ends, if both lie inside `region` and it holds visible text; otherwise null. */
export function selectionIn(region: Node, exclude?: ShadowRoot | null): SelectionBounds | null {
  const bounds = readSelection(document.getSelection(), openShadowRoots(region, exclude));
  if (!bounds || !isInside(bounds.start.node, region, exclude) || !isInside(bounds.end.node, region, exclude))
    return null;
  return textOf(bounds) ? bounds : null;
}

/** The roots from `node`'s own tree outwards: [its shadow root, the host's root, …, the document]. */
function rootChain(node: Node): Node[] {
  const chain: Node[] = [];
  let root = node.getRootNode();
  chain.push(root);
  while (root instanceof ShadowRoot) {
    root = root.host.getRootNode();
    chain.push(root);
  }
  return chain;
}

/** Moves a boundary out of shadow roots until it is in the tree `root`: before (start) or after (end) each host. */
function liftTo(boundary: Boundary, root: Node, side: 'start' | 'end'): Boundary {
  let { node, offset } = boundary;
  while (node.getRootNode() !== root) {
    const host = (node.getRootNode() as ShadowRoot).host;
    const parent = host.parentNode;
    if (!parent) break;
    node = parent;
    offset = Array.prototype.indexOf.call(parent.childNodes, host) + (side === 'end' ? 1 : 0);
  }
  return { node, offset };
}

/** A live Range over the selection in one tree (the innermost tree holding both ends). */
export function flatRange(bounds: SelectionBounds): Range {
  const endRoots = new Set(rootChain(bounds.end.node));
  const common = rootChain(bounds.start.node).find((root) => endRoots.has(root)) ?? document;
  const start = liftTo(bounds.start, common, 'start');
  const end = liftTo(bounds.end, common, 'end');
  const range = document.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range;
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ');

/** The selected text, whitespace collapsed and trimmed; empty for a selection of nothing but spaces. */
export const textOf = (bounds: SelectionBounds): string => collapse(flatRange(bounds).toString()).trim();

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

/** The element that really has focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
