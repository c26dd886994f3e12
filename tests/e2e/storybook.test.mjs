// Opens every story of the static Storybook (storybook-static/, from `npm run build-storybook`) in Chromium and
// fails when one shows Storybook's error display, throws, or logs an error.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launch, openAndWatch, serve } from './browser.mjs';

const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const entries = Object.values(index.entries);
const stories = entries.filter((e) => e.type === 'story');
const docs = entries.filter((e) => e.type === 'docs');

let server;
let browser;

before(async () => {
  server = await serve('storybook-static');
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Errors an element is meant to show (error-state stories) are not page errors. */
const expected = (text) => /Failed to load resource: the server responded with a status of 404/.test(text);

async function check(id, viewMode) {
  const { page, problems } = await openAndWatch(browser, `${server.origin}/iframe.html?id=${id}&viewMode=${viewMode}`);
  await page.waitForFunction(
    () =>
      document.body.classList.contains('sb-show-main') ||
      document.body.classList.contains('sb-show-errordisplay') ||
      document.body.classList.contains('sb-show-nopreview'),
    undefined,
    { timeout: 15_000 },
  );
  const shown = await page.evaluate(() => document.body.className);
  const error = await page.evaluate(() => document.querySelector('#error-message')?.textContent ?? '');
  await page.close();
  assert.doesNotMatch(shown, /sb-show-errordisplay|sb-show-nopreview/, `${id}: ${error}`);
  assert.deepEqual(
    problems.filter((p) => !expected(p)),
    [],
    id,
  );
}

describe(`static Storybook: ${stories.length} stories, ${docs.length} docs pages`, () => {
  it('has stories for every element in the manifest', () => {
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean));
    const titles = new Set(stories.map((s) => s.title));
    assert.deepEqual(
      tags.filter((tag) => !titles.has(`Elements/${tag}`)),
      [],
    );
  });
  for (const story of stories) it(`story ${story.id} renders`, () => check(story.id, 'story'));
  for (const doc of docs) it(`docs ${doc.id} renders`, () => check(doc.id, 'docs'));
});
