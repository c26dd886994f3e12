/* global document, Buffer */
// Hostile pages, on the built CDN files in Chromium: strict CSP + Trusted Types with `* { all: unset }` and both CDN
// copies on one page, every element used (the corrections dialog included) with no violation; 50 mount/unmount
// cycles without heap growth after forced GC (CDP HeapProfiler.collectGarbage). Needs `npm run build` first.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, openAndWatch, serve } from '../e2e/browser.mjs';

// Two copies of summit-kit are two copies of Lit, and each creates the "lit-html" Trusted Types policy: a page that
// loads two copies must allow the duplicate (README, "Hostile input"), or the second copy's policy is refused.
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hostile</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="/hostile.css">
<script type="module" src="/dist/cdn/summit-kit.js"></script>
<script type="module" src="/dist/cdn/summit-kit-lite.js"></script></head><body>
<summit-explainer></summit-explainer><reaction-panel></reaction-panel><summit-declaration></summit-declaration>
<summit-related></summit-related><summit-data src="/data/moscow-summit-2023.json"><quote-card quote="daly-peacemaker"></quote-card></summit-data>
<summit-corrections id="c"><p id="t">Xi met Putin in Moscow.</p></summit-corrections><div id="cycles"></div></body></html>`;

let server;
let browser;
before(async () => {
  const { createServer } = await import('node:http');
  const files = await serve('.');
  // A front server: the hostile page and stylesheet, everything else from the repo, all under the strict CSP.
  const front = createServer(async (req, res) => {
    if (req.url === '/hostile.html')
      return res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': CSP }).end(PAGE);
    if (req.url === '/hostile.css') return res.writeHead(200, { 'content-type': 'text/css' }).end('* { all: unset }');
    const upstream = await fetch(`${files.origin}${req.url}`);
    res.writeHead(upstream.status, {
      'content-type': upstream.headers.get('content-type') ?? '',
      'content-security-policy': CSP,
    });
    res.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise((resolve) => front.listen(0, '127.0.0.1', resolve));
  server = {
    origin: `http://127.0.0.1:${front.address().port}`,
    close: async () => {
      front.close();
      await files.close();
    },
  };
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const rendered = (page, selector, pattern) =>
  page.waitForFunction(
    ([sel, source]) => new RegExp(source).test(document.querySelector(sel)?.shadowRoot?.textContent ?? ''),
    [selector, pattern.source],
    { timeout: 10_000 },
  );

describe('hostile pages', () => {
  it('strict CSP + Trusted Types, * { all: unset }, both CDN files: every element works, dialog included, 0 violations', async () => {
    const { page, problems } = await openAndWatch(browser, `${server.origin}/hostile.html`);
    await rendered(page, 'summit-explainer', /Here are the 7 key things/);
    await rendered(page, 'reaction-panel', /Ukraine/);
    await rendered(page, 'summit-declaration', /Joint declaration/);
    await rendered(page, 'summit-related', /\S/);
    await rendered(page, 'summit-data quote-card', /peacemaker/);
    await page.locator('reaction-panel [role=tab]').nth(1).click();
    await page.locator('summit-explainer summit-takeaway').first().locator('button').first().click();
    // Select the wrapped text and ask for the corrections dialog with the keyboard.
    await page.locator('#t').selectText();
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => document.querySelector('#c').shadowRoot.querySelector('dialog')?.open === true);
    await page.keyboard.press('Escape');
    const warnings = problems.filter((p) => !p.includes('already defined'));
    assert.deepEqual(warnings, []);
    await page.close();
  });

  it('mount/unmount cycles: 50 more cycles after the first 50 grow the heap after forced GC by no more than 5 %', async () => {
    const { page, problems } = await openAndWatch(browser, `${server.origin}/hostile.html`);
    await rendered(page, 'summit-explainer', /Here are the 7 key things/);
    const cdp = await page.context().newCDPSession(page);
    const heap = async () => {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const cycles = (n) =>
      page.evaluate(async (count) => {
        const box = document.querySelector('#cycles');
        for (let i = 0; i < count; i++) {
          for (const tag of ['summit-explainer', 'quote-card', 'reaction-panel', 'summit-declaration']) {
            const el = document.createElement(tag);
            if (tag === 'quote-card') el.setAttribute('quote', 'daly-peacemaker');
            box.append(el);
            await el.ready;
          }
          box.replaceChildren();
        }
      }, n);
    // The first cycles fill what stays by design (styles, templates, the engine's compiled code); a leak goes on
    // growing with every cycle, so the second 50 are measured against the heap after the first 50.
    await cycles(5);
    const start = await heap();
    await cycles(50);
    const before = await heap();
    await cycles(50);
    const after = await heap();
    const growth = (after - before) / before;
    console.log(`heap: ${start} → ${before} → ${after} bytes after 5, 55, 105 cycles (${(growth * 100).toFixed(1)} %)`);
    assert.ok(growth <= 0.05, `heap grew ${(growth * 100).toFixed(1)} % over the second 50 cycles`);
    assert.deepEqual(
      problems.filter((p) => !p.includes('already defined')),
      [],
    );
    await page.close();
  });
});
