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
  // A story that renders again (the dev server re-renders once its decorators settle), or the next story shown in
  // the same preview page, removes the element mid-fetch, and the loader then aborts the request nobody waits for:
  // the abort is the loader doing its job (seen for a bundle and for the error stories' `/missing.json`).
  /^request failed: \S+\/(bundles\/[\w.-]+|missing[\w-]*)\.json \(net::ERR_ABORTED\)$/.test(text);

/** Records on `page` what would be a problem: console errors, uncaught exceptions, failed requests and modules. */
export function watchProblems(page) {
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
  return problems;
}

/** Waits for the preview to show what it shows and adds a spinner or Storybook's error display to `problems`. */
export async function awaitPreview(page, problems) {
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
}

/** The problems that are not the error-state stories' own. */
export const unexpected = (problems) => problems.filter((p) => !expected(p));

/** Preview pages open at once: enough to overlap loading on two cores, no more. */
const PARALLEL = 3;
/** How long one story or docs page may take to render. */
const RENDER_TIMEOUT = 60_000;

/**
 * Shows one story or docs page in the preview the way the sidebar does: the manager tells the preview iframe which
 * entry to render (`setCurrentStory`), and the preview imports its file and renders it. Resolves with the event that
 * ended the render.
 */
const select = (page, storyId, viewMode) =>
  page.evaluate(
    ({ storyId, viewMode, timeout }) =>
      new Promise((resolve) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        // A docs page renders its stories inline, each announcing `storyRendered`: only `docsRendered` ends it.
        const done = viewMode === 'docs' ? 'docsRendered' : 'storyRendered';
        const outcomes = [done, 'storyErrored', 'storyThrewException', 'storyMissing'];
        const listeners = outcomes.map((type) => [type, () => finish(type)]);
        const timer = setTimeout(() => finish('timeout'), timeout);
        function finish(type) {
          clearTimeout(timer);
          for (const [name, listener] of listeners) channel.off(name, listener);
          resolve(type);
        }
        for (const [name, listener] of listeners) channel.on(name, listener);
        channel.emit('setCurrentStory', { storyId, viewMode });
      }),
    { storyId, viewMode, timeout: RENDER_TIMEOUT },
  );

/**
 * A few preview pages, made by `newPage()`, each reused from entry to entry as a reader clicking through the sidebar
 * reuses one; a page on which something went wrong is closed rather than reused.
 */
export function previewPool(size, newPage) {
  const free = [];
  const waiting = [];
  let open = 0;
  return {
    async acquire() {
      if (free.length) return free.pop();
      if (open >= size) return new Promise((resolve) => waiting.push(resolve));
      open += 1;
      const page = await newPage();
      return { page, problems: watchProblems(page), fresh: true };
    },
    async release(preview, healthy) {
      if (!healthy) {
        open -= 1;
        await preview.page.close();
        const next = waiting.shift();
        // The next waiter gets a new page instead.
        if (next) this.acquire().then(next);
        return;
      }
      const next = waiting.shift();
      if (next) next(preview);
      else free.push(preview);
    },
    /** Runs `check(preview)` on a page of the pool and returns its problems; a page with problems is not reused. */
    async use(check) {
      const preview = await this.acquire();
      let found = ['(not rendered)'];
      try {
        found = await check(preview);
      } finally {
        await this.release(preview, found.length === 0);
      }
      return found;
    },
    async close() {
      await Promise.all(free.splice(0).map(({ page }) => page.close()));
    },
  };
}

/** Renders one entry in a preview page of the pool and returns what went wrong (empty when it rendered cleanly). */
export async function showEntry(preview, origin, id, viewMode) {
  const { page, problems } = preview;
  problems.length = 0;
  // Vite reloads the page once when its first visit to a docs page makes it optimize more dependencies: the
  // entry is then opened by its URL instead. So is the entry the preview already shows (a page of the pool may get an
  // entry a test before showed on it): selecting it again renders nothing, and would wait for a render to time out.
  const entry = `${id} ${viewMode}`;
  const again = preview.shown === entry;
  preview.shown = entry;
  const outcome = preview.fresh || again ? 'fresh' : await select(page, id, viewMode).catch(() => 'reloaded');
  preview.fresh = false;
  if (outcome === 'fresh' || outcome === 'reloaded') {
    // a11y.manual: the accessibility addon would run axe after every render; axe.test.mjs runs it on every story.
    const url = `${origin}/iframe.html?id=${id}&viewMode=${viewMode}&globals=a11y.manual:!true`;
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  } else if (outcome === 'timeout') {
    problems.push('the preview never left its loading state (spinner)');
  } else if (!outcome.endsWith('Rendered')) {
    problems.push(`Storybook reported ${outcome}`);
  }
  await awaitPreview(page, problems);
  return unexpected(problems);
}

/**
 * Describes one test per story and docs page of a running Storybook: `server` is `{ origin, close }` (closed when the
 * tests end) and `index` its `index.json`. With `storiesOpenedElsewhere`, only the docs pages are opened here (the
 * static build's stories are opened by axe.test.mjs, which applies the same checks on the same page).
 */
export function describeStorybook(name, { server, index, storiesOpenedElsewhere = false }) {
  const entries = Object.values(index.entries);
  const stories = entries.filter((e) => e.type === 'story');
  const docs = entries.filter((e) => e.type === 'docs');
  const opened = storiesOpenedElsewhere ? docs : [...stories, ...docs];
  let browser;

  const title = storiesOpenedElsewhere
    ? `${docs.length} docs pages`
    : `${stories.length} stories, ${docs.length} docs pages`;
  const pool = previewPool(PARALLEL, () => browser.newPage());
  describe(`${name}: ${title}`, { concurrency: PARALLEL }, () => {
    before(async () => {
      browser = await launch();
    });
    after(async () => {
      await pool.close();
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
    /** The names of the arguments that have a control in the first table of docs page `id`. */
    const controlsOn = async (id) => {
      let controlled = [];
      const found = await pool.use(async (preview) => {
        const problems = await showEntry(preview, server.origin, id, 'docs');
        // Each argument's row (the section headers carry a title): name, description, default, control. The table
        // fills in after the page says it has rendered, and a colour control after that (an empty cell until then;
        // a row without a control says so in words).
        await preview.page.waitForFunction(() => {
          const cells = [...document.querySelectorAll('table.docblock-argstable tbody tr:not([title])')].map(
            (row) => row.cells[3],
          );
          return (
            cells.length > 0 &&
            cells.every((cell) => cell?.querySelector('input, select, textarea, button') || cell?.textContent.trim())
          );
        });
        controlled = await preview.page.$$eval('table.docblock-argstable tbody tr:not([title])', (rows) =>
          rows
            .filter((row) => row.cells[3]?.querySelector('input, select, textarea, button'))
            .map((row) => row.cells[0].textContent.trim()),
        );
        return problems;
      });
      assert.deepEqual(found, []);
      return controlled;
    };
    it('docs: the quote-card table offers a control only for what its story renders from', async () => {
      // Not the attributes it does not pass on (src in this story, timeout, lang, dir, no-copy beside noCopy), the
      // bundle and ready properties, the events, the CSS custom properties or the parts.
      assert.deepEqual(await controlsOn('elements-quote-card--docs'), ['quote', 'variant', 'theme', 'noCopy']);
    });
    it('docs: the summit-corrections table offers a control for endpoint, which its stories render from', async () => {
      assert.deepEqual(await controlsOn('elements-summit-corrections--docs'), ['endpoint', 'theme']);
    });
    it('docs: the theme playground on the Theming page keeps a control for theme and every token', async () => {
      const tokens = JSON.parse(readFileSync('custom-elements.json', 'utf8'))
        .modules.flatMap((m) => m.declarations ?? [])
        .find((d) => d.tagName === 'quote-card')
        .cssProperties.map((p) => p.name);
      assert.ok(tokens.length >= 9, `tokens from the manifest: ${tokens.join(', ')}`);
      assert.deepEqual(await controlsOn('docs-theming--docs'), ['theme', ...tokens]);
    });
    for (const { id, type } of opened) {
      const viewMode = type === 'story' ? 'story' : 'docs';
      it(`${viewMode} ${id} renders`, async () => {
        const found = await pool.use((preview) => showEntry(preview, server.origin, id, viewMode));
        assert.deepEqual(found, []);
      });
    }
  });
}
