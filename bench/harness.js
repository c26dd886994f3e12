// The in-page half of `npm run bench` (scripts/bench.mjs drives it with playwright-core). One page per variant loads
// this module with ?variant=…; scripts/bench.mjs then calls window.bench.* through page.evaluate. Every variant is
// mounted the same way (the page's HTML parser, through setHTMLUnsafe, into one host element) and measured to the same
// point: every element rendered (Lit's updates settled) and the layout flushed.
const params = new URL(import.meta.url).searchParams;
const variant = params.get('variant');
/** The script each variant loads (static: none); `?module=` names another (scripts/bench-ab.mjs: two builds). */
const script =
  params.get('module') ??
  {
    vanilla: '/dist/bench/vanilla.js',
    npm: '/dist/bench/npm.js',
    cdn: '/dist/cdn/summit-kit.js',
    ssr: '/dist/cdn/summit-kit-hydrate.js',
  }[variant];

/** Every element under `root`, shadow roots included (their hosts first). */
function walk(root, visit) {
  for (const el of root.querySelectorAll('*')) {
    visit(el);
    if (el.shadowRoot) walk(el.shadowRoot, visit);
  }
}

/** The next task: by then every microtask queued before it has run. */
const nextTask = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(0);
  });

/**
 * Resolves once no element under `root` has a pending Lit update (nested elements render after their parents). Lit
 * renders in microtasks, so after one task every element with its data at hand has rendered; one walk then checks
 * it. Every variant waits for that task and pays that walk (the vanilla elements, which render synchronously, too),
 * so the wait costs them all the same.
 */
async function settled(root) {
  for (let pass = 0; pass < 50; pass++) {
    await nextTask();
    const pending = [];
    walk(root, (el) => {
      if ('updateComplete' in el && (el.isUpdatePending || !el.hasUpdated)) pending.push(el.ready ?? el.updateComplete);
    });
    if (pending.length === 0) return;
    await Promise.all(pending);
  }
}

/**
 * What a reader's browser holds for `root`: elements (not <style>), runs of text (adjacent text nodes taken as one:
 * Lit splits a run around each binding, the parser does not) and shadow roots; and a signature of every tag,
 * attribute and text run in order, to compare variants.
 */
function census(root) {
  const counts = { elements: 0, text: 0, shadowRoots: 0 };
  let signature = '';
  let run = '';
  const flush = () => {
    const text = run.replace(/\s+/g, ' ').trim();
    run = '';
    if (!text) return;
    counts.text++;
    signature += `"${text}"`;
  };
  const visit = (parent) => {
    for (const node of parent.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) run += node.data;
      if (node.nodeType !== Node.ELEMENT_NODE || node.localName === 'style') continue;
      flush();
      counts.elements++;
      const attributes = [...node.attributes]
        .filter((a) => !a.name.startsWith('defer-hydration'))
        .map((a) => `${a.name}=${a.value}`)
        .sort();
      signature += `<${node.localName} ${attributes.join(' ')}>`;
      if (node.shadowRoot) {
        counts.shadowRoots++;
        signature += '#shadow(';
        visit(node.shadowRoot);
        flush();
        signature += ')';
      }
      visit(node);
      flush();
      signature += `</${node.localName}>`;
    }
  };
  visit(root);
  flush();
  return { ...counts, signature };
}

/**
 * Resolves once this page has painted what was just measured and has an idle moment: the work a mount leaves behind
 * (paint, observers, idle-time garbage collection) then runs before the next variant's mount, not during it. Without
 * this wait, each variant's timing carried some of the one measured before it, and the round-robin order always puts
 * the same variant before a given one (static before vanilla, a Lit variant before the next).
 */
const quiet = async () => {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 500 }));
};

const host = document.getElementById('host');
let html = {};

window.bench = {
  variant,
  /** Loads the variant's script (not timed) and the HTML it mounts per workload. */
  async setup(markup) {
    html = markup;
    if (script) await import(script);
  },
  /** Mounts `workload`'s HTML, waits until rendered and laid out; returns the milliseconds it took. */
  async mount(workload) {
    host.replaceChildren();
    window.gc?.();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    const start = performance.now();
    host.setHTMLUnsafe(html[workload]);
    await settled(host);
    host.getBoundingClientRect();
    void document.body.offsetHeight;
    const ms = performance.now() - start;
    await quiet();
    return ms;
  },
  /** With a reaction panel mounted: clicks the next tab; milliseconds until the panel is updated and laid out. */
  async tabSwitch(round) {
    const panel = host.querySelector('reaction-panel');
    const tabs = [...panel.shadowRoot.querySelectorAll('[role=tab]')];
    const next = tabs[(round + 1) % tabs.length];
    const start = performance.now();
    if (variant === 'static') chooseByHand(panel.shadowRoot, next.id.slice('tab-'.length));
    else next.click();
    await settled(host);
    panel.getBoundingClientRect();
    void document.body.offsetHeight;
    const ms = performance.now() - start;
    await quiet();
    return ms;
  },
  /**
   * Mounts `workload`'s HTML (not timed) with a MutationObserver on the host and on every shadow root the parser
   * made (server-rendered: declarative), until every element has rendered. For the ssr variant this is what
   * hydration did to the server's DOM: nodes removed or added (a replaced node counts in both) and text rewritten.
   */
  async hydrationMutations(workload) {
    host.replaceChildren();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    host.setHTMLUnsafe(html[workload]);
    const records = [];
    const observers = [];
    const observe = (root) => {
      const observer = new MutationObserver((list) => records.push(...list));
      observer.observe(root, { childList: true, subtree: true, characterData: true });
      observers.push(observer);
    };
    observe(host);
    walk(host, (el) => el.shadowRoot && observe(el.shadowRoot));
    await settled(host);
    for (const observer of observers) {
      records.push(...observer.takeRecords());
      observer.disconnect();
    }
    const count = (pick) => records.reduce((sum, record) => sum + pick(record), 0);
    return {
      shadowRoots: observers.length - 1,
      removed: count((r) => r.removedNodes.length),
      added: count((r) => r.addedNodes.length),
      text: count((r) => (r.type === 'characterData' ? 1 : 0)),
    };
  },
  census: () => census(host),
  clear: () => host.replaceChildren(),
  /** The CSS each element adopts, as text (for the vanilla reference and the static HTML). */
  styles(tags) {
    return Object.fromEntries(
      tags.map((tag) => [tag, customElements.get(tag).elementStyles.map((sheet) => sheet.cssText)]),
    );
  },
  /** `host` serialized as HTML with declarative shadow roots, each with its adopted CSS as a <style>. */
  serialize: () => serialize(host),
  settled: () => settled(host),
};

/** Static HTML has no script: the tab switch it is compared with is the same attribute changes, done by hand. */
function chooseByHand(root, id) {
  for (const tab of root.querySelectorAll('.tab')) {
    const on = tab.id === `tab-${id}`;
    tab.setAttribute('aria-selected', on ? 'true' : 'false');
    tab.setAttribute('tabindex', on ? '0' : '-1');
    tab.setAttribute('part', on ? 'tab tab-selected' : 'tab');
  }
  for (const panel of root.querySelectorAll('.panel')) panel.hidden = panel.id !== `panel-${id}`;
}

const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function serialize(parent) {
  let out = '';
  for (const node of parent.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) out += escapeText(node.data);
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const attributes = [...node.attributes].map((a) => ` ${a.name}="${escapeAttribute(a.value)}"`).join('');
    out += `<${node.localName}${attributes}>`;
    if (node.shadowRoot) {
      const css = node.shadowRoot.adoptedStyleSheets
        .map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join(''))
        .join('');
      out += `<template shadowrootmode="open"><style>${css}</style>${serialize(node.shadowRoot)}</template>`;
    }
    if (!/^(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/.test(node.localName)) {
      out += `${serialize(node)}</${node.localName}>`;
    }
  }
  return out;
}

// A cold page (…&cold): the elements are in the page's HTML; load the variant's script, then note when they are
// rendered and laid out (milliseconds since navigation).
if (params.has('cold')) {
  if (script) await import(script);
  await settled(host);
  host.getBoundingClientRect();
  window.coldDone = performance.now();
}
