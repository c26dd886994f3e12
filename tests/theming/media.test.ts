import { expect, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { ELEMENTS, render } from './elements.js';
import { deepElements, isDark, isShown, parseColor, textBoxes } from './visible-text.js';

/** The deep focused element: through every shadow root the focus is in. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The computed value of a system colour (in the current forced-colours mode). */
function systemColor(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/**
 * The elements a keyboard reaches with the default bundle; the others have no tab stop there: the declaration is
 * text, the related story has no URL in the article, and the corrections region shows its button only on a selection.
 */
const WITH_TAB_STOP = ELEMENTS.filter(
  ([name]) => !['summit-declaration', 'summit-related', 'summit-corrections'].includes(name),
);

const shownButtons = (root: Element): HTMLElement[] =>
  deepElements(root).filter((el): el is HTMLElement => el.localName === 'button' && isShown(el));

describe('forced colours (Windows High Contrast)', () => {
  before(() => emulateMedia({ forcedColors: 'active' }));
  after(() => emulateMedia({ forcedColors: 'none' }));

  it('is what the browser reports (the emulation is on)', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  for (const [name, template] of ELEMENTS) {
    it(`${name}: every button keeps a visible border on all four sides, as backgrounds are gone`, async () => {
      const el = await render(template);
      const borderless = shownButtons(el)
        .filter((button) => {
          const style = getComputedStyle(button);
          return (['Top', 'Right', 'Bottom', 'Left'] as const).some(
            (side) =>
              style[`border${side}Style`] === 'none' ||
              parseFloat(style[`border${side}Width`]) < 1 ||
              parseColor(style[`border${side}Color`])[3] === 0,
          );
        })
        .map((button) => `${button.className} "${button.textContent.trim()}"`);
      expect(borderless).to.deep.equal([]);
    });
  }

  for (const [name, template] of WITH_TAB_STOP) {
    it(`${name}: the first Tab stop shows a 3 px outline in the Highlight colour`, async () => {
      const el = await render(template);
      // Tab from the wrapper itself: the next stop is the element's first.
      el.tabIndex = -1;
      el.focus();
      await sendKeys({ press: 'Tab' });
      const focused = deepActive();
      expect(focused && deepElements(el).includes(focused), `focus on ${focused?.localName}`).to.equal(true);
      const style = getComputedStyle(focused!);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(3);
      expect(style.outlineColor).to.equal(systemColor('Highlight'));
    });
  }

  it('reaction-panel: the chosen tab is told apart by its border, not by colour the mode removes', async () => {
    const el = await render(html`<reaction-panel></reaction-panel>`);
    const tabs = deepElements(el).filter((node) => node.getAttribute('role') === 'tab');
    const chosen = tabs.find((tab) => tab.getAttribute('aria-selected') === 'true')!;
    const other = tabs.find((tab) => tab.getAttribute('aria-selected') === 'false')!;
    expect(getComputedStyle(chosen).borderBottomColor).to.equal(systemColor('Highlight'));
    expect(getComputedStyle(other).borderBottomColor).to.not.equal(getComputedStyle(chosen).borderBottomColor);
  });
});

describe('reduced motion', () => {
  const chevronDuration = async (): Promise<string> => {
    const el = await render(html`<summit-takeaway takeaway="energy-supplies"></summit-takeaway>`);
    const chevron = deepElements(el).find((node) => node.classList.contains('chevron'))!;
    return getComputedStyle(chevron).transitionDuration;
  };
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it("the takeaway's chevron turns with a short transition by default", async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(await chevronDuration()).to.equal('0.15s');
  });

  it('and does not animate for a reader who asks for less motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(await chevronDuration()).to.equal('0s');
  });
});

describe('print', () => {
  before(async () => {
    // A dark page: paper is white and backgrounds are not printed, so the elements must print dark text anyway.
    document.documentElement.style.colorScheme = 'dark';
    await emulateMedia({ media: 'print' });
  });
  after(async () => {
    document.documentElement.style.colorScheme = '';
    await emulateMedia({ media: 'screen' });
  });

  for (const [name, template] of ELEMENTS) {
    it(`${name}: no button on paper, and every text in a dark colour`, async () => {
      const el = await render(template);
      expect(shownButtons(el).map((button) => button.className)).to.deep.equal([]);
      const boxes = textBoxes(el);
      expect(boxes.length).to.be.greaterThan(0);
      // Only what the element draws: slotted content (the corrections region's paragraph) keeps the page's colours.
      const light = boxes
        .filter((box) => box.getRootNode() instanceof ShadowRoot)
        .filter((box) => !isDark(parseColor(getComputedStyle(box).color)))
        .map((box) => `${box.localName}.${box.className} ${getComputedStyle(box).color}`);
      expect(light).to.deep.equal([]);
    });
  }

  it("summit-takeaway: a closed takeaway's full text is printed", async () => {
    const el = await render(html`<summit-takeaway takeaway="energy-supplies"></summit-takeaway>`);
    const paragraphs = deepElements(el).filter((node) => node.localName === 'p' && node.closest('.body'));
    expect(paragraphs.length).to.be.greaterThan(0);
    expect(paragraphs.filter((p) => !isShown(p)).map((p) => p.textContent.slice(0, 40))).to.deep.equal([]);
  });

  it('reaction-panel: every group is printed, not only the chosen tab', async () => {
    const el = await render(html`<reaction-panel></reaction-panel>`);
    const panels = deepElements(el).filter((node) => node.getAttribute('role') === 'tabpanel');
    expect(panels.length).to.be.greaterThan(1);
    expect(panels.filter((panel) => !isShown(panel)).map((panel) => panel.id)).to.deep.equal([]);
  });
});
