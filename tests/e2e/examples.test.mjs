// Opens every page in examples/ in Chromium, against the built files, and fails on any console error, uncaught
// exception or Content-Security-Policy violation; then checks that the elements really rendered.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { ARTICLE_URL, PAGES, buildPage } from '../../scripts/build-examples.mjs';
import { launch, openAndWatch, serve } from './browser.mjs';

const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

let server;
let browser;

before(async () => {
  server = await serve('.', (path) =>
    path.endsWith('strict-csp.html') ? { 'content-security-policy': STRICT_CSP } : {},
  );
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Text inside an element's shadow root, once it has some. */
const shadowText = (page, selector) =>
  page
    .waitForFunction(
      (sel) => {
        const text = document.querySelector(sel)?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim();
        return text && !text.startsWith('Loading') ? text : false;
      },
      selector,
      { timeout: 10_000 },
    )
    .then((handle) => handle.jsonValue());

describe('examples', () => {
  it('plain.html: the CDN file renders the elements with no console error', async () => {
    const { page, problems } = await openAndWatch(browser, `${server.origin}/examples/plain.html`);
    assert.match(await shadowText(page, 'quote-card'), /taken seriously as a peacemaker/);
    assert.match(await shadowText(page, 'summit-takeaway'), /Energy supplies/);
    assert.match(await shadowText(page, 'reaction-panel'), /Ukraine/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('strict-csp.html: works under script-src/style-src self and Trusted Types, with no violation', async () => {
    const { page, problems } = await openAndWatch(browser, `${server.origin}/examples/strict-csp.html`);
    assert.match(await shadowText(page, 'summit-data quote-card'), /fooled by any tactical move/);
    assert.match(await shadowText(page, 'summit-takeaway'), /coup of sorts/);
    await page.keyboard.press('Tab');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('react/: React 19 passes attributes, properties and listens to events', async () => {
    const { page, problems } = await openAndWatch(browser, `${server.origin}/examples/react/index.html`);
    assert.match(await shadowText(page, 'quote-card'), /peacemaker/);
    assert.match(await shadowText(page, 'reaction-panel'), /United States/);
    // A reader's tab change reaches React through the summit-reaction-change listener.
    await page.locator('reaction-panel [role=tab]').nth(1).click();
    await page.waitForFunction(() => !document.querySelector('#selected-tab').textContent.endsWith('ukraine'));
    assert.doesNotMatch(await page.textContent('#selected-tab'), /ukraine$/);
    assert.deepEqual(problems, []);
    await page.close();
  });
});

/**
 * What Lighthouse's SEO category audits (Lighthouse itself needs Node 22 here), read from the rendered page, shadow
 * roots included: document title, meta description, lang, viewport, HTTP status, robots, canonical, hreflang, crawlable
 * links with descriptive text, image alt; plus one <h1> and the JSON-LD.
 */
async function seoAudit(page) {
  return page.evaluate(() => {
    const deep = (selector, root = document) => [
      ...root.querySelectorAll(selector),
      ...[...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? deep(selector, el.shadowRoot) : [])),
    ];
    const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? null;
    const scripts = [...document.querySelectorAll('script[type="application/ld+json"]')];
    return {
      title: document.title,
      description: meta('description'),
      lang: document.documentElement.lang,
      viewport: meta('viewport'),
      robots: meta('robots'),
      canonicals: [...document.querySelectorAll('link[rel=canonical]')].map((link) => link.getAttribute('href')),
      hreflangs: document.querySelectorAll('link[hreflang]').length,
      h1s: deep('h1').map((h) => h.textContent.trim()),
      links: deep('a[href]').map((a) => ({ href: a.getAttribute('href'), text: a.textContent.trim() })),
      imagesWithoutAlt: deep('img:not([alt])').length,
      jsonLd: scripts.map((script) => script.textContent),
      ogTitle: document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? null,
    };
  });
}

describe('examples are model article pages', () => {
  const bundle = JSON.parse(readFileSync('data/moscow-summit-2023.json', 'utf8'));
  const { headline, standfirst } = bundle.article;

  it('the checked-in pages are what npm run build:examples writes (head and JSON-LD up to date)', async () => {
    for (const path of PAGES) assert.equal(readFileSync(path, 'utf8'), await buildPage(path), `${path} is stale`);
  });

  for (const path of PAGES) {
    it(`${path}: passes the SEO audits and carries the article's JSON-LD`, async () => {
      const page = await browser.newPage();
      const response = await page.goto(`${server.origin}/${path}`, { waitUntil: 'load' });
      assert.equal(response.status(), 200);
      assert.equal(response.headers()['x-robots-tag'], undefined);
      await page.waitForFunction(() => document.querySelector('h1'));
      const seo = await seoAudit(page);
      assert.equal(seo.title, headline);
      assert.equal(seo.description, standfirst);
      assert.match(seo.lang, /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/);
      assert.match(seo.viewport, /width=device-width/);
      assert.equal(seo.robots, null);
      assert.deepEqual(seo.canonicals, [ARTICLE_URL]);
      assert.equal(new URL(ARTICLE_URL).pathname.length > 1, true, 'canonical is not a site root');
      assert.equal(seo.hreflangs, 0);
      assert.equal(seo.ogTitle, headline);
      assert.equal(seo.h1s.length, 1, `one h1, got ${JSON.stringify(seo.h1s)}`);
      assert.equal(seo.imagesWithoutAlt, 0);
      for (const link of seo.links) {
        assert.match(link.href, /^(https?:|\/|\.|#)/, `crawlable href ${link.href}`);
        assert.doesNotMatch(link.text, /^(|click here|here|more|read more|learn more)$/i, `link text of ${link.href}`);
      }
      assert.equal(seo.jsonLd.length, 1);
      const graph = JSON.parse(seo.jsonLd[0])['@graph'];
      const article = graph.find((node) => node['@type'] === 'NewsArticle' && node.url === ARTICLE_URL);
      assert.equal(article.headline, headline);
      assert.equal(graph.filter((node) => node['@type'] === 'Quotation').length, bundle.quotes.length);
      await page.close();
    });
  }
});
