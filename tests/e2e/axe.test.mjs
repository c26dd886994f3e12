// Every story of the static Storybook (storybook-static/, from `npm run build-storybook`), in Chromium: each renders
// cleanly (no error display, spinner, console error or failed request: storybook-pages.mjs's checks) and passes axe
// (WCAG 2.2 AA + best practice) with the reader's preference emulated light, then dark, on the same page. A few
// preview pages are reused from story to story, as the sidebar reuses one (storybook-pages.mjs's pool).
// Fails on any problem or violation and prints each one as story, scheme, rule and node.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { launch, serve } from './browser.mjs';
import { previewPool, showEntry, unexpected } from './storybook-pages.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/**
 * A story is a fragment of a page, not a page: it has no landmarks, main heading or title of its own to check. Every
 * other rule of the tags above runs.
 */
const PAGE_RULES = ['region', 'landmark-one-main', 'page-has-heading-one'];
const SCHEMES = ['light', 'dark'];
/** Pages open at once: enough to overlap loading with axe's work on two cores, no more. */
const PARALLEL = 3;

const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');

let server;
let browser;
/** AxeBuilder needs a page of a context made with browser.newContext(). */
let context;
/** Preview pages reused from story to story (a page load per story was most of this file's time). */
const pool = previewPool(PARALLEL, () => context.newPage());

before(async () => {
  server = await serve('storybook-static');
  browser = await launch();
  context = await browser.newContext();
});
after(async () => {
  await pool.close();
  await browser?.close();
  await server?.close();
});

/** Resolves when the story is shown and every summit-kit element in it (inside shadow roots too) has settled. */
async function settled(page) {
  await page.waitForFunction(() => document.body.classList.contains('sb-show-main'), undefined, { timeout: 20_000 });
  await page.evaluate(async () => {
    // A change of emulated preference reaches media-query listeners at the next rendering step.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const all = (root) =>
      [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
    const elements = all(document).filter((el) => el.localName.includes('-') && 'updateComplete' in el);
    // A story showing the loading state fetches a URL that never answers: its element settles on its first render.
    const waiting = (el) => String(el.src ?? '').includes('/__summit-kit-story__/');
    await Promise.all(elements.map((el) => (waiting(el) ? el.updateComplete : (el.ready ?? el.updateComplete))));
  });
}

/**
 * What went wrong in one story, shown in a preview page of the pool the way the sidebar shows it: its rendering
 * problems, then axe's violations under each preference, one line each.
 */
async function problemsOf(preview, story) {
  const rendering = await showEntry(preview, server.origin, story.id, 'story');
  // A story that did not render has nothing for axe to check: its problems say why.
  if (rendering.length) return rendering.map((problem) => `${story.id}: ${problem}`);
  const { page } = preview;
  const found = [];
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    await settled(page);
    const result = await new AxeBuilder({ page }).withTags(TAGS).disableRules(PAGE_RULES).analyze();
    found.push(
      ...result.violations.flatMap((rule) =>
        rule.nodes.map(
          (node) =>
            `${story.id} [${colorScheme}] ${rule.id}: ${node.target.join(' >>> ')} — ${node.failureSummary ?? ''}`,
        ),
      ),
    );
  }
  // What went wrong while axe looked (a console error, a failed request) counts too.
  return [...unexpected(preview.problems).map((problem) => `${story.id}: ${problem}`), ...found];
}

describe(
  `every story renders and passes axe, reader prefers ${SCHEMES.join(', then ')}: ${stories.length} stories`,
  { concurrency: PARALLEL },
  () => {
    for (const story of stories) {
      it(`${story.id}`, async () => {
        const found = await pool.use((preview) => problemsOf(preview, story));
        assert.deepEqual(found, [], `\n${found.join('\n')}`);
      });
    }
  },
);
