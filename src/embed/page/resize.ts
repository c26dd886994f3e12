/**
 * `dist/embed/resize.js`: load it once on a page (`<script src=".../resize.js" async></script>`) and every summit-kit
 * iframe on it takes the height of its content, as it changes. Plain `<iframe src="…/embed/?el=…">` tags, no ids,
 * classes or configuration. A message is acted on only when it is one of our resize messages with a plausible height
 * (0–100,000 px), it comes from the `contentWindow` of an iframe on this page, and its origin is the origin of that
 * iframe's `src`. Anything else (another window, another origin, a malformed payload) changes nothing.
 */
import { readHeight } from '../messages.js';

addEventListener('message', (event: MessageEvent) => {
  const height = readHeight(event.data);
  if (height === undefined || !event.source) return;
  for (const frame of document.getElementsByTagName('iframe')) {
    if (frame.contentWindow !== event.source) continue;
    if (/^https?:/.test(frame.src) && new URL(frame.src).origin === event.origin) frame.height = String(height);
    return;
  }
});
