/**
 * `dist/embed/embed.js`, the embed page's module: registers the elements (with the article's bundle as default),
 * renders what the URL asks for, posts the page's height to the parent whenever it changes, and takes a colour
 * scheme from the parent when it sends one. See `../messages.ts` for the messages.
 */
import '../../index.js';
import { heightMessages, readTheme } from '../messages.js';
import { applyTheme, mountEmbed } from './mount.js';

const root = document.getElementById('embed') ?? document.body;
const mounted = mountEmbed(location.search, root);
const childId = mounted.ok ? mounted.request.childId : new URLSearchParams(location.search).get('childId');
const framed = window.parent !== window;

let last = -1;
const observer = new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last || !framed) return;
  last = height;
  for (const message of heightMessages(height, childId ?? undefined)) window.parent.postMessage(message, '*');
});
observer.observe(document.documentElement);

addEventListener('message', (event: MessageEvent) => {
  if (!framed || event.source !== window.parent) return;
  const theme = readTheme(event.data);
  if (theme) applyTheme(theme, mounted);
});
