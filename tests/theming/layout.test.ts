import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { ReactionPanel } from '../../src/elements/reaction-panel/reaction-panel.js';
import { ELEMENTS, render } from './elements.js';
import { deepElements, flatParent, textBoxes } from './visible-text.js';

/** WCAG 1.4.12's text-spacing override, as the bookmarklets apply it, here to the page and every shadow root. */
const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-block-end: 2em !important; }`;

function applySpacing(root: HTMLElement): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(SPACING);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  for (const host of [root, ...deepElements(root)]) {
    if (host.shadowRoot) host.shadowRoot.adoptedStyleSheets = [...host.shadowRoot.adoptedStyleSheets, sheet];
  }
}

const isAncestor = (a: Element, b: Element): boolean => {
  for (let node: Element | null = b; node; node = flatParent(node)) if (node === a) return true;
  return false;
};

/**
 * Pairs of text boxes (neither inside the other) whose boxes overlap by more than a pixel. An inline element that
 * wraps has one box per line (its bounding box would span both lines and "overlap" the words beside it), so each
 * of its line boxes is compared.
 */
function overlaps(root: HTMLElement): string[] {
  const boxes = textBoxes(root).map((el) => ({ el, rects: [...el.getClientRects()] }));
  const meet = (a: DOMRect, b: DOMRect): boolean =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
  const found: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      const related = isAncestor(a.el, b.el) || isAncestor(b.el, a.el);
      const overlap = !related && a.rects.some((ra) => b.rects.some((rb) => meet(ra, rb)));
      found.push(...(overlap ? [`${a.el.localName}.${a.el.className} × ${b.el.localName}.${b.el.className}`] : []));
    }
  });
  return found;
}

/** Boxes that clip their content (overflow other than visible) and have more content than room. */
function clipped(root: HTMLElement): string[] {
  return deepElements(root)
    .filter((el) => !el.classList.contains('visually-hidden') && el.getClientRects().length > 0)
    .filter((el) => getComputedStyle(el).overflow !== 'visible')
    .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
    .map((el) => `${el.localName}.${el.className}`);
}

describe('layout: 320 px reflow and WCAG 1.4.12 text spacing', () => {
  before(async () => {
    await setViewport({ width: 320, height: 640 });
  });
  after(async () => {
    document.adoptedStyleSheets = [];
    await setViewport({ width: 800, height: 600 });
  });

  for (const [name, template] of ELEMENTS) {
    it(`${name}: no horizontal scroll at 320 px, with text spacing nothing overlaps or is clipped`, async () => {
      const el = await render(template);
      expect(textBoxes(el).length).to.be.greaterThan(0);
      expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
      applySpacing(el);
      expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
      expect(overlaps(el)).to.deep.equal([]);
      expect(clipped(el)).to.deep.equal([]);
      document.adoptedStyleSheets = [];
    });
  }
});

describe('target size (WCAG 2.5.8)', () => {
  for (const [name, template] of ELEMENTS) {
    it(`${name}: every button is at least 24 × 24 px`, async () => {
      const el = await render(template);
      const small = deepElements(el)
        .filter((node) => node.localName === 'button' && node.getClientRects().length > 0)
        .map((button) => button.getBoundingClientRect())
        .filter((rect) => rect.width < 24 || rect.height < 24)
        .map((rect) => `${rect.width}×${rect.height}`);
      expect(small).to.deep.equal([]);
    });
  }
});

describe('reaction-panel in a narrow container', () => {
  const tablist = (el: ReactionPanel): HTMLElement => el.shadowRoot!.querySelector('[role="tablist"]')!;
  const focused = (el: ReactionPanel): string | undefined => el.shadowRoot!.activeElement?.id;

  async function panelIn(width: string): Promise<ReactionPanel> {
    const wrapper = await render(html`<reaction-panel></reaction-panel>`);
    wrapper.style.inlineSize = width;
    const el = wrapper.querySelector<ReactionPanel>('reaction-panel')!;
    await new Promise<void>((resolve) => {
      const check = (): void => {
        const want = width === '20rem' ? 'vertical' : 'horizontal';
        if (tablist(el).getAttribute('aria-orientation') === want) resolve();
        else requestAnimationFrame(check);
      };
      check();
    });
    return el;
  }

  it('stacks the tabs in a column, says so, and moves with Down and Up as well', async () => {
    const el = await panelIn('20rem');
    expect(getComputedStyle(tablist(el)).flexDirection).to.equal('column');
    expect(tablist(el).getAttribute('aria-orientation')).to.equal('vertical');
    tablist(el).querySelector<HTMLElement>('[aria-selected="true"]')!.focus();
    const first = focused(el);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const second = focused(el);
    expect(second).to.not.equal(first);
    expect(el.shadowRoot!.getElementById(second!)!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(focused(el)).to.equal(first);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused(el)).to.equal(second);
    await expect(el).to.be.accessible();
  });

  it('keeps a row in a wide container: horizontal, Down does nothing', async () => {
    const el = await panelIn('48rem');
    expect(getComputedStyle(tablist(el)).flexDirection).to.equal('row');
    expect(tablist(el).getAttribute('aria-orientation')).to.equal('horizontal');
    tablist(el).querySelector<HTMLElement>('[aria-selected="true"]')!.focus();
    const first = focused(el);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused(el)).to.equal(first);
  });
});
