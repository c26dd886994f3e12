// Opens every story and docs page of a Storybook in Chromium and fails when one shows Storybook's error display,
// never leaves its loading spinner, throws, logs an error or fails to load a module. Shared by the static-build test
// (storybook.test.mjs) and the dev-server test (storybook-dev.test.mjs), which is what `npm start` runs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launch } from './browser.mjs';

/**
 * What the error-state stories cause on purpose: they fetch a bundle that is not there (`/missing.json`,
 * `/bundles/missing-bundle.json`; Chromium logs each 404 without its URL) or one that never answers (the loading
 * stories). A module or stylesheet that fails is still a problem: it is reported with its URL.
 */
const expected = (text) =>
  /^HTTP 404: \S+\/missing[\w-]*\.json$/.test(text) ||
  /^console\.error: Failed to load resource: the server responded with a status of 404 \(Not Found\)$/.test(text) ||
  /^request failed: \S+\/__summit-kit-story__\//.test(text) ||
  // A story that renders again (the dev server re-renders once its decorators settle) removes the first element
  // mid-fetch, and the loader then aborts the request nobody waits for: the abort is the loader doing its job.
  /^request failed: \S+\/bundles\/[\w.-]+\.json \(net::ERR_ABORTED\)$/.test(text);

/** Opens one page and returns what went wrong on it (empty when it rendered cleanly). */
async function problemsOf(browser, url) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`);
  });
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (response.status() >= 400 && (type === 'script' || type === 'stylesheet' || type === 'fetch')) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    // The preview's body says what it shows; a spinner that never resolves keeps none of these classes.
    await page
      .waitForFunction(() => /sb-show-(main|errordisplay|nopreview)/.test(document.body.className), undefined, {
        timeout: 60_000,
      })
      .catch(() => problems.push('the preview never left its loading state (spinner)'));
    const shown = await page.evaluate(() => document.body.className);
    if (/sb-show-errordisplay|sb-show-nopreview/.test(shown)) {
      const message = await page.evaluate(() => document.querySelector('#error-message')?.textContent ?? '');
      problems.push(`Storybook error display: ${message.trim()}`);
    }
  } finally {
    await page.close();
  }
  return problems.filter((p) => !expected(p));
}

/**
 * Describes one test per story and docs page of a running Storybook: `server` is `{ origin, close }` (closed when the
 * tests end) and `index` its `index.json`.
 */
export function describeStorybook(name, { server, index }) {
  const entries = Object.values(index.entries);
  const stories = entries.filter((e) => e.type === 'story');
  const docs = entries.filter((e) => e.type === 'docs');
  let browser;

  describe(`${name}: ${stories.length} stories, ${docs.length} docs pages`, { concurrency: 3 }, () => {
    before(async () => {
      browser = await launch();
    });
    after(async () => {
      await browser?.close();
      await server.close();
    });

    it('has stories for every element in the manifest', () => {
      const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
      const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean));
      const titles = new Set(stories.map((s) => s.title));
      assert.deepEqual(
        tags.filter((tag) => !titles.has(`Elements/${tag}`)),
        [],
      );
    });
    for (const { id, type } of [...stories, ...docs]) {
      const viewMode = type === 'story' ? 'story' : 'docs';
      it(`${viewMode} ${id} renders`, async () => {
        assert.deepEqual(await problemsOf(browser, `${server.origin}/iframe.html?id=${id}&viewMode=${viewMode}`), []);
      });
    }
  });
}
