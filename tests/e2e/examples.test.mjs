// Opens every page in examples/ in Chromium, against the built files, and fails on any console error, uncaught
// exception or Content-Security-Policy violation; then checks that the elements really rendered.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
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
