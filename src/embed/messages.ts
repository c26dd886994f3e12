/**
 * The messages between an embed frame and the page around it. The frame posts its height in three formats at once,
 * so any of these parents can size it:
 *
 * - ours: `{ summit: 'resize', version: 1, height }` (a plain object; read by `dist/embed/resize.js`);
 * - AMP's `embed-size`: `{ sentinel: 'amp', type: 'embed-size', height }` (`<amp-iframe resizable>`);
 * - Pym.js's child format: the string `pymxPYMx<childId>xPYMxheightxPYMx<height>`, sent only when the URL has the
 *   `childId` a Pym.js parent adds.
 *
 * The parent may tell the frame which colour scheme to use: `{ summit: 'theme', theme: 'light' | 'dark' | 'auto' }`.
 * Heights are whole CSS pixels. No DOM here.
 */
import { EMBED_THEMES, type EmbedTheme } from './allow-list.js';

/** Heights above this are treated as a broken or hostile message. */
export const MAX_HEIGHT = 100_000;

export interface ResizeMessage {
  summit: 'resize';
  version: 1;
  height: number;
}

export interface ThemeMessage {
  summit: 'theme';
  theme: EmbedTheme;
}

/** Pym.js joins its message parts with this (pym.js `MESSAGE_DELIMITER`). */
const PYM = 'xPYMx';

/** Everything the frame posts for one height, in the order it posts them. */
export function heightMessages(height: number, childId?: string): (ResizeMessage | string | object)[] {
  const messages: (ResizeMessage | string | object)[] = [
    { summit: 'resize', version: 1, height } satisfies ResizeMessage,
    { sentinel: 'amp', type: 'embed-size', height },
  ];
  if (childId) messages.push(['pym', childId, 'height', String(height)].join(PYM));
  return messages;
}

const isRecord = (data: unknown): data is Record<string, unknown> =>
  typeof data === 'object' && data !== null && !Array.isArray(data);

/** The height in one of our resize messages, or `undefined` when the message is not one or is implausible. */
export function readHeight(data: unknown): number | undefined {
  if (!isRecord(data) || data.summit !== 'resize') return undefined;
  const { height } = data;
  return typeof height === 'number' && Number.isFinite(height) && height >= 0 && height <= MAX_HEIGHT
    ? Math.ceil(height)
    : undefined;
}

/** The theme in a parent's theme message, or `undefined`. */
export function readTheme(data: unknown): EmbedTheme | undefined {
  if (!isRecord(data) || data.summit !== 'theme') return undefined;
  const { theme } = data;
  return (EMBED_THEMES as readonly unknown[]).includes(theme) ? (theme as EmbedTheme) : undefined;
}
