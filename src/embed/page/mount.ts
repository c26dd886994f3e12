/**
 * The embed page's work, apart from the page itself so a test can run it: read the URL parameters, then either
 * render the one element they ask for or, when any parameter is wrong, a readable list of problems (and one
 * `summit-error`) with no element at all. Also names the document after its content and keeps its colour scheme.
 */
import { html, render } from 'lit';
import { getDefaultBundle } from '../../base/default-bundle.js';
import { emit } from '../../base/events.js';
import { loadBundle } from '../../data/load.js';
import type { Bundle } from '../../data/schema.js';
import type { EmbedTheme } from '../allow-list.js';
import { parseEmbedParams, type EmbedIssue, type EmbedRequest } from '../params.js';
import { canonicalUrl, embedTitle } from '../title.js';

export type Mounted = { ok: true; request: EmbedRequest; element: HTMLElement } | { ok: false; issues: EmbedIssue[] };

function showIssues(root: HTMLElement, issues: readonly EmbedIssue[]): void {
  render(
    html`<div class="embed-error" role="alert">
      <p class="embed-error-title">This embed cannot be shown: its address has a mistake.</p>
      <ul>
        ${issues.map((issue) => html`<li>${issue.message}</li>`)}
      </ul>
    </div>`,
    root,
  );
}

/** Gives the document (and its landmark) the content's name, its language and, when the bundle has the article's URL, a canonical link. */
async function describeDocument(request: EmbedRequest, root: HTMLElement): Promise<void> {
  const { src, timeout } = request.attributes;
  let bundle: Bundle | undefined;
  try {
    bundle = src ? await loadBundle(src, timeout ? { timeoutMs: Number(timeout) } : {}) : getDefaultBundle();
  } catch {
    // The element shows why its bundle failed; the document keeps its generic title.
  }
  document.title = embedTitle(request.tag, request.attributes, bundle);
  // The frame's landmark is named after its content, so it stays distinct from the parent page's own <main>.
  root.setAttribute('aria-label', document.title);
  if (!bundle) return;
  document.documentElement.lang = bundle.article.lang;
  const canonical = canonicalUrl(bundle);
  if (canonical) {
    const link = document.head.querySelector<HTMLLinkElement>('link[rel=canonical]') ?? document.createElement('link');
    link.rel = 'canonical';
    link.href = canonical;
    document.head.append(link);
  }
}

/** Puts `theme` on the document (its `color-scheme`, through embed.css) and on the rendered elements. */
export function applyTheme(theme: EmbedTheme, mounted: Mounted): void {
  document.documentElement.dataset.theme = theme;
  if (!mounted.ok) return;
  for (let node: Element | null = mounted.element; node?.localName.includes('-'); node = node.parentElement) {
    node.setAttribute('theme', theme);
  }
}

/** Renders what `search` (a URL's query string) asks for into `root`. Never throws. */
export function mountEmbed(search: string, root: HTMLElement): Mounted {
  const parsed = parseEmbedParams(search);
  if (!parsed.ok) {
    showIssues(root, parsed.issues);
    emit(root, 'summit-error', {
      code: 'invalid-embed',
      message: parsed.issues.map((issue) => issue.message).join(' '),
      issues: parsed.issues,
    });
    return { ok: false, issues: parsed.issues };
  }
  const { request } = parsed;
  const element = document.createElement(request.tag);
  for (const [name, value] of Object.entries(request.attributes)) element.setAttribute(name, value);
  let top = element;
  if (request.corrections) {
    top = document.createElement('summit-corrections');
    top.setAttribute('endpoint', request.corrections);
    if (request.attributes.src) top.setAttribute('src', request.attributes.src);
    top.setAttribute('theme', request.theme);
    top.append(element);
  }
  root.replaceChildren(top);
  document.documentElement.dataset.theme = request.theme;
  void describeDocument(request, root);
  return { ok: true, request, element };
}
