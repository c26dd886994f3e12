import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where the reading line sits while the page can still scroll well past it: a fifth of the way down. */
export const READING_LINE = 0.2;

/** What {@link readingPosition} needs to know about the page, all in CSS pixels. */
export interface ReadingMetrics {
  /** Each item's top edge, relative to the viewport, in reading order. */
  tops: readonly number[];
  /** The viewport's height. */
  viewport: number;
  /** How far the page is scrolled, and how far it can scroll. */
  scrolled: number;
  scrollable: number;
}

/**
 * The 1-based position of the item being read: the last one whose top edge is above the reading line (1 when none
 * is). The line sits a fifth of the way down the viewport, and over the page's last stretch of scrolling it slides
 * down to the bottom of the viewport, so that at the very end of the page the last item counts as read even when
 * the page cannot scroll it up to the line (a short last item, or little content after the list).
 */
export function readingPosition({ tops, viewport, scrolled, scrollable }: ReadingMetrics): number {
  const travel = viewport * (1 - READING_LINE);
  const stretch = Math.min(travel, Math.max(0, scrollable));
  const left = Math.max(0, scrollable - scrolled);
  const slide = stretch > 0 ? Math.min(1, Math.max(0, (stretch - left) / stretch)) : 0;
  // Rounding: browsers scroll in fractions of a pixel, and the last one may never be reached exactly.
  const line = viewport * READING_LINE + travel * slide + 1;
  let position = 1;
  tops.forEach((top, i) => {
    if (top <= line) position = i + 1;
  });
  return Math.min(position, Math.max(1, tops.length));
}

/**
 * Keeps `position` (1-based) on the item being read, for a host whose items are in the page's own scroll: updates
 * on scroll, on resize and when the host's size changes (takeaways opening or closing), at most once a frame, and
 * asks the host to update only when the position changes.
 */
export class ReadingProgressController implements ReactiveController {
  /** The position of the item being read (1 when there is none). */
  position = 1;

  #frame = 0;
  #resizeObserver?: ResizeObserver;

  readonly #host: ReactiveControllerHost & Element;
  readonly #items: () => readonly Element[];

  constructor(host: ReactiveControllerHost & Element, items: () => readonly Element[]) {
    this.#host = host;
    this.#items = items;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('scroll', this.#schedule, { passive: true });
    window.addEventListener('resize', this.#schedule, { passive: true });
    this.#resizeObserver = new ResizeObserver(this.#schedule);
    this.#resizeObserver.observe(this.#host);
    this.#schedule();
  }

  hostDisconnected(): void {
    window.removeEventListener('scroll', this.#schedule);
    window.removeEventListener('resize', this.#schedule);
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  hostUpdated(): void {
    this.#schedule();
  }

  readonly #schedule = (): void => {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#measure();
    });
  };

  #measure(): void {
    const items = this.#items();
    if (items.length === 0) return;
    const page = document.scrollingElement ?? document.documentElement;
    const position = readingPosition({
      tops: items.map((item) => item.getBoundingClientRect().top),
      viewport: window.innerHeight,
      scrolled: page.scrollTop,
      scrollable: page.scrollHeight - page.clientHeight,
    });
    if (position === this.position) return;
    this.position = position;
    this.#host.requestUpdate();
  }
}
