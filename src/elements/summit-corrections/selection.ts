/**
 * Selection helpers for `<summit-corrections>`: where the reader's selection is (including inside the open shadow
 * roots of our elements), whether it lies inside a region, and where the button goes beside it; `excerpt.ts` has what
 * the dialog shows of it. No Lit, no element state: everything takes the nodes it works on. Loaded with the first
 * selection change on the page (`selection-controller.ts`), not with the element.
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

/** The node one level up, crossing from a shadow root to its host. */
export const composedParent = (node: Node): Node | null =>
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

export const collapse = (text: string): string => text.replace(/\s+/g, ' ');

/** The selected text, whitespace collapsed and trimmed; empty for a selection of nothing but spaces. */
export const textOf = (bounds: SelectionBounds): string => collapse(flatRange(bounds).toString()).trim();

/** The element that really has focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Room kept for the "Suggest a correction" button when it is placed beside a selection (px). */
const BUTTON_ROOM = 220;

/**
 * Where the "Suggest a correction" button goes to sit just below the end of a selection, from `host`'s block and
 * inline start edges (px); null when it cannot be placed there (the end is not laid out) and must stay in the bar.
 */
export function below(bounds: SelectionBounds, host: Element): { block: number; inline: number } | null {
  const caret = document.createRange();
  try {
    caret.setStart(bounds.end.node, bounds.end.offset);
    caret.collapse(true);
  } catch {
    return null;
  }
  const at = caret.getBoundingClientRect();
  const box = host.getBoundingClientRect();
  if (at.height === 0 && at.top === 0) return null;
  const rtl = getComputedStyle(host).direction === 'rtl';
  const fromStart = rtl ? box.right - at.right : at.left - box.left;
  const room = Math.max(0, box.width - BUTTON_ROOM);
  return {
    block: Math.round(at.bottom - box.top + 4),
    inline: Math.round(Math.min(Math.max(0, fromStart - BUTTON_ROOM / 2), room)),
  };
}
