/**
 * The autoloader (`dist/cdn/autoloader.js`), the way Web Awesome loads its components: one small script that finds
 * our tags on the page and imports only the elements it uses, each from its own chunk in `dist/cdn/chunks/`, all
 * sharing one copy of Lit and the data layer. It watches the document for tags added later; shadow roots are closed
 * to a page-wide observer, so a component that renders our tags inside its own shadow root hands it over with
 * `discover(root)` (exported, and on `window.summitKit`). Elements that render other elements load those too
 * (an explainer loads the takeaway and the quote card). Tags renamed with `define()` are not autoloaded. A
 * `<summit-data>` is defined before the other tags found with it; one added later around elements already defined is
 * not seen by them: put it in the page from the start.
 */

const chunks: Readonly<Record<string, () => Promise<unknown>>> = {
  'summit-data': () => import('./define/summit-data.js'),
  'quote-card': () => import('./define/quote-card.js'),
  'summit-takeaway': () => import('./define/summit-takeaway.js'),
  'reaction-panel': () => import('./define/reaction-panel.js'),
  'summit-explainer': () => import('./define/summit-explainer.js'),
  'summit-declaration': () => import('./define/summit-declaration.js'),
  'summit-related': () => import('./define/summit-related.js'),
  'summit-corrections': () => import('./define/summit-corrections.js'),
};

const loads = new Map<string, Promise<unknown>>();
const watched = new WeakSet<Node>();

function load(tag: string): Promise<unknown> {
  let promise = loads.get(tag);
  if (!promise) {
    promise = (chunks[tag] as () => Promise<unknown>)().catch((error: unknown) => {
      loads.delete(tag);
      console.error(`summit-kit: <${tag}> did not load`, error);
    });
    loads.set(tag, promise);
  }
  return promise;
}

/** Loads our undefined tags in `root`; `<summit-data>` first, so the elements inside find their provider. */
function scan(root: Element | ShadowRoot): Promise<unknown> {
  const tags = new Set([...root.querySelectorAll(':not(:defined)')].map((el) => el.localName));
  if (root instanceof Element && !root.matches(':defined')) tags.add(root.localName);
  const provider = tags.has('summit-data') ? load('summit-data') : loads.get('summit-data');
  return Promise.all(
    [...tags]
      .filter((tag) => tag in chunks)
      .map((tag) => (provider && tag !== 'summit-data' ? provider.then(() => load(tag)) : load(tag))),
  );
}

const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) void scan(node);
});

/**
 * Loads the elements used in `root` (the document, an element or a shadow root) and watches it for tags added later.
 * Resolves when they are defined.
 */
export async function discover(root: Document | ShadowRoot | Element = document): Promise<void> {
  const node = root instanceof Document ? root.documentElement : root;
  if (!watched.has(node)) {
    watched.add(node);
    observer.observe(node, { childList: true, subtree: true });
  }
  await scan(node);
}

declare global {
  interface Window {
    summitKit?: { discover?: typeof discover };
  }
}

window.summitKit = { ...window.summitKit, discover };
void discover(document);
