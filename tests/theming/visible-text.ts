/**
 * What a reader sees of an element, read from the browser's computed styles: the boxes that hold text (inside shadow
 * roots and slotted content too), their colour, the background actually behind them, and WCAG contrast.
 */

export type Rgba = readonly [r: number, g: number, b: number, a: number];

/** Parses a computed colour: `rgb()`/`rgba()` or `color(srgb r g b / a)` (what `color-mix()` computes to). */
export function parseColor(value: string): Rgba {
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)$/.exec(value);
  if (srgb) {
    const [, r = '0', g = '0', b = '0', a = '1'] = srgb;
    return [Number(r) * 255, Number(g) * 255, Number(b) * 255, Number(a)];
  }
  const rgb = /^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? \/? ?([\d.]+))?\)$/.exec(value);
  if (!rgb) throw new Error(`unexpected colour ${value}`);
  const [, r = '0', g = '0', b = '0', a = '1'] = rgb;
  return [Number(r), Number(g), Number(b), Number(a)];
}

/** `top` painted over the opaque `bottom`. */
const over = (top: Rgba, bottom: Rgba): Rgba => {
  const [r, g, b, a] = top;
  return [r * a + bottom[0] * (1 - a), g * a + bottom[1] * (1 - a), b * a + bottom[2] * (1 - a), 1];
};

const luminance = ([r, g, b]: Rgba): number => {
  const [lr = 0, lg = 0, lb = 0] = [r, g, b].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
};

/** WCAG contrast ratio of two opaque colours. */
export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Dark when its luminance is below the middle grey's. */
export const isDark = (color: Rgba): boolean => luminance(color) < 0.18;

/** The parent in the flat tree: the slot a node is assigned to, its parent element, or its shadow root's host. */
export function flatParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The page's canvas: what the root paints when nothing else does (`Canvas` in the root's scheme). */
export function canvasColor(): Rgba {
  const own = parseColor(getComputedStyle(document.documentElement).backgroundColor);
  if (own[3] > 0) return over(own, [255, 255, 255, 1]);
  const body = parseColor(getComputedStyle(document.body).backgroundColor);
  if (body[3] > 0) return over(body, [255, 255, 255, 1]);
  const probe = document.createElement('div');
  probe.style.backgroundColor = 'Canvas';
  document.documentElement.append(probe);
  const canvas = parseColor(getComputedStyle(probe).backgroundColor);
  probe.remove();
  return canvas;
}

/** The opaque colour behind `el`: its own and its flat-tree ancestors' backgrounds, over the page's canvas. */
export function backgroundOf(el: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = el; node && node !== document.documentElement; node = flatParent(node)) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (color[3] > 0) layers.push(color);
    if (color[3] === 1) break;
  }
  let result = canvasColor();
  for (const layer of layers.reverse()) result = over(layer, result);
  return result;
}

/** Every element in `root`, through open shadow roots (each host before its shadow content). */
export function deepElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deepElements(el.shadowRoot) : [])]);
}

/** Shown to a reader: rendered, not transparent, not invisible, not visually hidden for screen readers only. */
export function isShown(el: Element): boolean {
  if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
  for (let node: Element | null = el; node; node = flatParent(node)) {
    if (node.classList.contains('visually-hidden')) return false;
  }
  return el.getClientRects().length > 0;
}

/** The shown elements in `root` (deep) that hold text of their own. */
export function textBoxes(root: ParentNode): Element[] {
  return deepElements(root).filter(
    (el) =>
      [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '') &&
      isShown(el),
  );
}

/** WCAG "large text": 24 px, or 18.66 px bold. */
export function isLarge(el: Element): boolean {
  const style = getComputedStyle(el);
  const size = parseFloat(style.fontSize);
  return size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
}

/** One text box's contrast and the AA minimum it must meet. */
export interface TextContrast {
  text: string;
  ratio: number;
  needed: number;
}

export function textContrast(el: Element): TextContrast {
  const background = backgroundOf(el);
  const color = over(parseColor(getComputedStyle(el).color), background);
  const text = [...el.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.textContent ?? '')
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 40);
  return {
    text: `${el.localName}.${el.className || '-'} "${text}"`,
    ratio: contrast(color, background),
    needed: isLarge(el) ? 3 : 4.5,
  };
}
