import { expect } from '@open-wc/testing';
import { readingPosition } from '../../src/elements/summit-explainer/reading-progress.js';

// Seven items 100 px apart, the first 300 px below the viewport's top, in a 600 px viewport.
const tops = (scrolled: number): number[] => [0, 1, 2, 3, 4, 5, 6].map((i) => 300 + i * 100 - scrolled);

describe('readingPosition', () => {
  it('is 1 before any item reaches the line a fifth of the way down', () => {
    expect(readingPosition({ tops: tops(0), viewport: 600, scrolled: 0, scrollable: 2000 })).to.equal(1);
  });

  it('is the last item whose top is above the line while the page can scroll on', () => {
    // Scrolled 400: tops are -100, 0, 100, 200…; the line is at 121.
    expect(readingPosition({ tops: tops(400), viewport: 600, scrolled: 400, scrollable: 2000 })).to.equal(3);
  });

  it('slides the line to the bottom over the last stretch, so the end of the page is the last item', () => {
    // The page ends 50 px after item 7: it can scroll only until item 7's top is 450 px down the viewport.
    const scrollable = 300 + 6 * 100 + 50 + 100 - 600;
    expect(readingPosition({ tops: tops(scrollable), viewport: 600, scrolled: scrollable, scrollable })).to.equal(7);
    const half = scrollable / 2;
    const between = readingPosition({ tops: tops(half), viewport: 600, scrolled: half, scrollable });
    expect(between).to.be.within(2, 6);
  });

  it('keeps the line a fifth down on a page that cannot scroll, and stays within the list', () => {
    expect(readingPosition({ tops: tops(0), viewport: 600, scrolled: 0, scrollable: 0 })).to.equal(1);
    expect(readingPosition({ tops: [-900, -800], viewport: 600, scrolled: 0, scrollable: 0 })).to.equal(2);
    expect(readingPosition({ tops: [], viewport: 600, scrolled: 0, scrollable: 0 })).to.equal(1);
  });
});
