/**
 * `dist/embed/theme.js`, a classic script the embed page runs in its `<head>` before anything is painted: it puts the
 * `theme` URL parameter on the root element (`<html data-theme="dark">`), where `embed.css` turns it into the page's
 * `color-scheme`. So the first frame already has the right scheme, with no flash of the other one.
 */
import { EMBED_THEMES } from '../allow-list.js';

const theme = new URLSearchParams(location.search).get('theme');
if (theme && (EMBED_THEMES as readonly string[]).includes(theme)) document.documentElement.dataset.theme = theme;
