// The iframe embed (dist/embed/), as a publisher uses it: a parent page on one origin, the embed page on another
// (two loopback ports). The frame must follow its content's height through our resize.js and through a real Pym.js
// parent, ignore messages from anyone else, refuse bad URL parameters, and run under its own strict CSP.
/* global location, URLSearchParams, getComputedStyle, NodeFilter -- in functions that run inside the browser pages */
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launch, openAndWatch, serve } from './browser.mjs';

let embedHost; // origin B: the package as a CDN would serve it
let parentHost; // origin A: the publisher's page
let browser;
let context; // axe needs pages from a context of their own
const parentDir = mkdtempSync(join(tmpdir(), 'summit-embed-parent-'));

before(async () => {
  copyFileSync('dist/embed/resize.js', join(parentDir, 'resize.js'));
  copyFileSync('node_modules/pym.js/dist/pym.v1.min.js', join(parentDir, 'pym.v1.min.js'));
  copyFileSync('data/moscow-summit-2023.json', join(parentDir, 'bundle.json'));
  writeFileSync(join(parentDir, 'other.html'), '<!doctype html><title>Another page</title><p>Not an embed.</p>');
  embedHost = await serve('.');
  parentHost = await serve(parentDir, () => ({ 'access-control-allow-origin': '*' }));
  browser = await launch();
  context = await browser.newContext();
});
after(async () => {
  await browser?.close();
  await embedHost?.close();
  await parentHost?.close();
});

/**
 * axe's violations on the page and inside its frames. An embed is a fragment of someone else's page, so the rule
 * that a page has an `<h1>` does not apply to the embed document.
 */
const axe = async (page) =>
  (await new AxeBuilder({ page }).disableRules(['page-has-heading-one']).analyze()).violations.map((v) => v.id);

const embedUrl = (query) => `${embedHost.origin}/dist/embed/?${query}`;

/** A publisher's page with plain iframe tags and our resize.js, or with a Pym.js parent. */
function parentPage(name, body) {
  writeFileSync(
    join(parentDir, `${name}.html`),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Publisher page</title><link rel="icon" href="data:,"></head>
<body><main><h1>Publisher page</h1>${body}</main>
<script>window.seen = 0; addEventListener('message', () => window.seen++);</script></body></html>`,
  );
  return `${parentHost.origin}/${name}.html`;
}

const withResizeJs = (query, title = 'Takeaway 5: Energy supplies') =>
  `<script src="resize.js" async></script><iframe id="frame" src="${embedUrl(query)}" title="${title}" height="150"></iframe>`;

async function frameOf(page, selector = '#frame') {
  const handle = await page.waitForSelector(selector);
  const frame = await handle.contentFrame();
  await frame.waitForFunction(() => {
    const el = document.querySelector('main > *');
    return el && 'ready' in el ? el.ready.then(() => true) : false;
  });
  return frame;
}

/** The embed page's content height, measured inside the frame once the element has finished rendering. */
const contentHeight = (frame) =>
  frame.evaluate(async () => {
    const el = document.querySelector('main *');
    await el.updateComplete;
    return document.documentElement.getBoundingClientRect().height;
  });

/** Waits until the iframe's height is the content's, within 2 px; returns the iframe's height. */
async function followed(page, frame, selector = '#frame') {
  const wanted = await contentHeight(frame);
  const handle = await page.waitForFunction(
    ([sel, h]) => {
      const box = document.querySelector(sel).clientHeight;
      return Math.abs(box - h) <= 2 ? box : false;
    },
    [selector, wanted],
    { timeout: 10_000 },
  );
  return { wanted, got: await handle.jsonValue() };
}

/** Posts `count` more messages' worth of waiting: resolves once the parent page has seen that many in total. */
const seenAtLeast = (page, count) => page.waitForFunction((n) => window.seen >= n, count, { timeout: 10_000 });

const clickToggle = (frame) =>
  frame.locator('summit-takeaway button.toggle, summit-takeaway button[aria-expanded]').first().click();

describe('embed page inside a cross-origin iframe', () => {
  it('resize.js: the frame grows when a takeaway opens and shrinks when it closes, to within 2 px', async () => {
    const { page, problems } = await openAndWatch(
      context,
      parentPage('takeaway', withResizeJs('el=summit-takeaway&takeaway=energy-supplies')),
    );
    const frame = await frameOf(page);
    const closed = await followed(page, frame);
    await clickToggle(frame);
    await frame.waitForFunction(() => document.querySelector('summit-takeaway').open);
    const open = await followed(page, frame);
    assert.ok(open.got > closed.got + 100, `opened ${open.got} px vs closed ${closed.got} px`);
    await clickToggle(frame);
    await frame.waitForFunction(() => !document.querySelector('summit-takeaway').open);
    const again = await followed(page, frame);
    assert.ok(Math.abs(again.got - closed.got) <= 2, `closed again ${again.got} px vs ${closed.got} px`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('resize.js: switching reaction tabs with the keyboard resizes the frame each time', async () => {
    const query = 'el=reaction-panel';
    const { page, problems } = await openAndWatch(
      context,
      parentPage('tabs', withResizeJs(query, 'Reactions to the summit')),
    );
    const frame = await frameOf(page);
    const heights = [(await followed(page, frame)).got];
    await page.keyboard.press('Tab'); // from the parent page into the frame, onto the selected tab
    const focused = () =>
      frame.evaluate(() => document.querySelector('reaction-panel').shadowRoot.activeElement?.textContent?.trim());
    assert.match(await focused(), /Ukraine/);
    for (const party of [/United States/, /Analysts/]) {
      await page.keyboard.press('ArrowRight');
      assert.match(await focused(), party);
      heights.push((await followed(page, frame)).got);
    }
    assert.ok(new Set(heights).size > 1, `the tabs all had the same height: ${heights.join(', ')}`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('a real Pym.js parent sizes the frame from the Pym.js child messages', async () => {
    const url = parentPage(
      'pym',
      `<div id="summit-pym"></div><script src="pym.v1.min.js"></script>
<script>new pym.Parent('summit-pym', ${JSON.stringify(embedUrl('el=summit-takeaway&takeaway=energy-supplies'))}, { title: 'Takeaway 5: Energy supplies' });</script>`,
    );
    const { page, problems } = await openAndWatch(context, url);
    const frame = await frameOf(page, '#summit-pym iframe');
    assert.equal(await frame.evaluate(() => new URLSearchParams(location.search).get('childId')), 'summit-pym');
    const closed = await followed(page, frame, '#summit-pym iframe');
    await clickToggle(frame);
    await frame.waitForFunction(() => document.querySelector('summit-takeaway').open);
    const open = await followed(page, frame, '#summit-pym iframe');
    assert.ok(open.got > closed.got + 100, `opened ${open.got} px vs closed ${closed.got} px`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('ignores other windows, other origins and bad payloads', async () => {
    const { page, problems } = await openAndWatch(
      context,
      parentPage('hostile', withResizeJs('el=summit-takeaway&takeaway=energy-supplies')),
    );
    const frame = await frameOf(page);
    const { got: before } = await followed(page, frame);
    const height = () => page.$eval('#frame', (f) => f.clientHeight);
    const seen = await page.evaluate(() => window.seen);

    // The parent page itself, and a popup from the embed's own origin.
    await page.evaluate(() => window.postMessage({ summit: 'resize', version: 1, height: 40 }, '*'));
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      page.evaluate((u) => window.open(u), `${embedHost.origin}/public/favicon.svg`),
    ]);
    await popup.evaluate(() => window.opener.postMessage({ summit: 'resize', version: 1, height: 40 }, '*'));
    await popup.close();
    // The frame, with payloads that are not a plausible height.
    await frame.evaluate(() => {
      for (const h of [-1, Number.NaN, Number.POSITIVE_INFINITY, 100_001, '40', null]) {
        window.parent.postMessage({ summit: 'resize', version: 1, height: h }, '*');
      }
      window.parent.postMessage('garbage', '*');
      window.parent.postMessage({ sentinel: 'amp', type: 'embed-size' }, '*');
    });
    await seenAtLeast(page, seen + 10);
    assert.equal(await height(), before);

    // The same frame after it navigated to another origin: its src no longer names the sender's origin.
    await frame.evaluate((u) => (location.href = u), `${parentHost.origin}/other.html`);
    await frame.waitForURL(/other\.html$/);
    await frame.evaluate(() => window.parent.postMessage({ summit: 'resize', version: 1, height: 40 }, '*'));
    await seenAtLeast(page, seen + 11);
    assert.equal(await height(), before);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('is reachable with the keyboard and passes axe, closed and open', async () => {
    // heading-level=2: the frame's heading comes right after the parent's <h1>.
    const query = 'el=summit-takeaway&takeaway=energy-supplies&heading-level=2';
    const { page, problems } = await openAndWatch(context, parentPage('a11y', withResizeJs(query)));
    const frame = await frameOf(page);
    assert.equal(await page.$eval('#frame', (f) => f.title), 'Takeaway 5: Energy supplies');
    assert.deepEqual(await axe(page), []);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await frame.waitForFunction(() => document.querySelector('summit-takeaway').open);
    await followed(page, frame);
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(problems, []);
    await page.close();
  });
  it('corrections=…: the dialog opens modal inside the frame, keeps focus there and gives it back', async () => {
    const query = `el=quote-card&quote=daly-peacemaker&corrections=${encodeURIComponent(`${parentHost.origin}/fix`)}`;
    const { page, problems } = await openAndWatch(context, parentPage('corrections', withResizeJs(query, 'Quote')));
    const frame = await frameOf(page);
    await frame.locator('quote-card blockquote').click(); // focus moves into the frame
    await frame.evaluate(() => {
      const quote = document.querySelector('quote-card').shadowRoot.querySelector('blockquote');
      const walker = document.createTreeWalker(quote, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode();
      while (node && !node.data.includes('peacemaker')) node = walker.nextNode();
      const start = node.data.indexOf('peacemaker');
      document.getSelection().setBaseAndExtent(node, start, node, start + 'peacemaker'.length);
    });
    await page.keyboard.press('Control+Enter');
    const dialogState = () =>
      frame.evaluate(() => {
        const root = document.querySelector('summit-corrections').shadowRoot;
        const dialog = root.querySelector('dialog');
        return { open: dialog.open, modal: dialog.matches(':modal'), focusInside: dialog.contains(root.activeElement) };
      });
    await frame.waitForFunction(
      () => document.querySelector('summit-corrections').shadowRoot.querySelector('dialog')?.open,
    );
    assert.deepEqual(await dialogState(), { open: true, modal: true, focusInside: true });
    assert.match(await frame.locator('summit-corrections dialog').textContent(), /peacemaker/);
    await page.keyboard.press('Tab');
    assert.equal((await dialogState()).focusInside, true);
    await page.keyboard.press('Escape');
    await frame.waitForFunction(
      () => !document.querySelector('summit-corrections').shadowRoot.querySelector('dialog').open,
    );
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('embed page on its own', () => {
  it('renders the element the URL names, with a bundle from another origin, under its CSP', async () => {
    const src = `${parentHost.origin}/bundle.json`;
    const { page, problems } = await openAndWatch(
      context,
      embedUrl(`el=quote-card&quote=daly-peacemaker&variant=pull&theme=auto&src=${encodeURIComponent(src)}`),
    );
    const text = await page.waitForFunction(() => {
      const t = document.querySelector('quote-card')?.shadowRoot?.textContent?.replace(/\s+/g, ' ');
      return t && /peacemaker/.test(t) ? t : false;
    });
    assert.match(await text.jsonValue(), /Robert Daly/);
    await page.waitForFunction(() => document.title.startsWith('Quote from Robert Daly'));
    assert.equal(await page.evaluate(() => document.querySelector('quote-card').getAttribute('variant')), 'pull');
    const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content);
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /require-trusted-types-for 'script'/);
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  for (const [query, message] of [
    ['el=script', /There is no element "script"/],
    ['el=summit-data', /summit-data cannot be embedded on its own/],
    ['el=quote-card&quote=daly-peacemaker&onclick=alert(1)', /quote-card has no attribute "onclick"/],
    ['el=quote-card&quote=daly-peacemaker&src=javascript:alert(1)', /src must be an absolute http\(s\) URL/],
    ['el=summit-takeaway&takeaway=1&heading-level=9', /heading-level must be a whole number from 2 to 6/],
    ['quote=daly-peacemaker', /Say which element to show with el=/],
  ]) {
    it(`refuses ?${query}: shows why and renders no element`, async () => {
      const { page, problems } = await openAndWatch(context, embedUrl(query));
      const alert = await page.waitForSelector('[role="alert"]');
      assert.match(await alert.textContent(), message);
      assert.equal(
        await page.evaluate(
          () =>
            document.querySelectorAll(
              'main *:is(quote-card, summit-takeaway, reaction-panel, summit-explainer, summit-declaration, summit-related, summit-data, summit-corrections)',
            ).length,
        ),
        0,
      );
      assert.deepEqual(await axe(page), []);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  it('theme=dark is the page colour scheme before the module runs, and the parent can change it', async () => {
    const page = await browser.newPage({ colorScheme: 'light' });
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') {
          window.firstScheme = getComputedStyle(document.documentElement).colorScheme;
          window.elementDefined = Boolean(customElements.get('quote-card'));
        }
      });
    });
    await page.goto(embedUrl('el=quote-card&quote=daly-peacemaker&theme=dark'));
    assert.deepEqual(await page.evaluate(() => [window.firstScheme, window.elementDefined]), ['dark', false]);
    await page.waitForFunction(() => document.querySelector('quote-card')?.getAttribute('theme') === 'dark');
    await page.close();

    const parent = await browser.newPage({ colorScheme: 'light' });
    await parent.goto(
      parentPage('theme', withResizeJs('el=quote-card&quote=daly-peacemaker', 'Quote from Robert Daly')),
    );
    const frame = await frameOf(parent);
    await parent.evaluate(() =>
      document.querySelector('#frame').contentWindow.postMessage({ summit: 'theme', theme: 'dark' }, '*'),
    );
    await frame.waitForFunction(() => document.querySelector('quote-card').getAttribute('theme') === 'dark');
    assert.equal(await frame.evaluate(() => getComputedStyle(document.documentElement).colorScheme), 'dark');
    await parent.close();
  });
});
