/* global document, customElements -- page.evaluate runs in the browser */
// summit-kit/ssr and `summit-kit render`, run against dist/ after `npm run build`: the server HTML holds the content.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadLocale, renderToStream, renderToString } from '../../dist/ssr/index.js';
import { launch, openAndWatch, serve } from '../e2e/browser.mjs';

const bundle = JSON.parse(readFileSync('data/moscow-summit-2023.json', 'utf8'));
const people = new Map(bundle.people.map((p) => [p.id, p]));
const quote = (id) => bundle.quotes.find((q) => q.id === id);

/** What a reader would read in the HTML: styles, tags and Lit's comments dropped, entities decoded. */
const text = (html) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
/** Quotations are marked up as <q> without their quotation marks: compare without marks, whitespace collapsed. */
const plain = (s) => s.replace(/[“”"‘’']/g, '').replace(/\s+/g, ' ');
const contains = (haystack, expected) => {
  assert.ok(plain(haystack).includes(plain(expected)), `missing: ${expected}`);
};

describe('renderToString', () => {
  it('summit-explainer: declarative shadow DOM with every takeaway title and paragraph, no "Loading"', async () => {
    const html = await renderToString('summit-explainer');
    assert.match(html, /<template shadowroot="open" shadowrootmode="open">/);
    contains(text(html), bundle.article.headline);
    for (const takeaway of bundle.takeaways) {
      contains(text(html), takeaway.title);
      for (const paragraph of takeaway.body) contains(text(html), paragraph);
    }
    assert.ok(!text(html).includes('Loading'));
  });

  it('summit-takeaway with quote-cards: the quotes and their speakers, rendered inside', async () => {
    const takeaway = bundle.takeaways.find((t) => t.quoteIds.length > 0);
    const html = await renderToString('summit-takeaway', { takeaway: takeaway.id, 'quote-cards': '' });
    assert.ok(takeaway.quoteIds.length > 0);
    for (const id of takeaway.quoteIds) {
      contains(text(html), quote(id).text);
      contains(text(html), people.get(quote(id).speakerId).name);
    }
    assert.ok(!text(html).includes('Loading'));
  });

  it('reaction-panel: every tab panel’s label, summary, quotes and speakers', async () => {
    const html = await renderToString('reaction-panel');
    for (const group of bundle.reactions) {
      contains(text(html), group.label);
      contains(text(html), group.summary);
      for (const id of group.quoteIds) {
        contains(text(html), quote(id).text);
        contains(text(html), people.get(quote(id).speakerId).name);
      }
    }
  });

  it('quote-card (every quote), summit-declaration, summit-related: their content', async () => {
    for (const { id, text: said, speakerId } of bundle.quotes) {
      const html = await renderToString('quote-card', { quote: id });
      contains(text(html), said);
      contains(text(html), people.get(speakerId).name);
      assert.ok(!text(html).includes('Loading'));
    }
    const declaration = text(await renderToString('summit-declaration'));
    contains(declaration, bundle.declaration.title);
    for (const point of bundle.declaration.points) contains(declaration, point.text);
    const related = text(await renderToString('summit-related'));
    contains(related, bundle.related[0].headline);
    contains(related, bundle.related[0].standfirst);
  });

  it('summit-corrections: its slot, the outlet’s hint line and a closed dialog, with the button bar hidden', async () => {
    const html = await renderToString('summit-corrections', { for: 'story' });
    assert.match(html, /<summit-corrections[^>]* for="story"/);
    assert.match(html, /<slot><\/slot>/);
    assert.match(html, /class="bar[^"]*"\s+part="bar"\s+hidden/);
    assert.match(html, /<dialog\b(?![^>]*\bopen\b)[^>]*>/);
    contains(text(html), bundle.corrections.prompt);
    contains(text(html), bundle.corrections.hint);
    assert.ok(!text(html).includes('Loading'));
  });

  it('renders from a bundle passed in, after validating it', async () => {
    const mine = JSON.parse(JSON.stringify(bundle));
    mine.people.find((p) => p.id === 'robert-daly').name = 'Robert Daly (server)';
    const html = await renderToString('quote-card', { quote: 'daly-peacemaker' }, { bundle: mine });
    contains(text(html), 'Robert Daly (server)');
    mine.quotes[0].speakerId = 'nobody';
    await assert.rejects(renderToString('quote-card', { quote: 'daly-peacemaker' }, { bundle: mine }), /speakerId/);
  });

  it('an unknown id renders the element’s readable error, not an exception', async () => {
    const html = await renderToString('quote-card', { quote: 'no-such-quote' });
    contains(text(html), 'No quote "no-such-quote"');
    assert.match(html, /role="alert"/);
  });

  it('throws an Error naming an unknown tag or attribute', async () => {
    await assert.rejects(renderToString('summit-nope'), /unknown element <summit-nope>/);
    await assert.rejects(renderToString('quote-card', { quotee: 'x' }), /<quote-card> has no attribute "quotee"/);
    await assert.rejects(
      renderToString('summit-corrections', { fr: 'x' }),
      /<summit-corrections> has no attribute "fr"/,
    );
  });

  // Each of these tests speaks a language no other test in this file (one Node process) has loaded, so each sees the
  // renderer load it, not a locale left loaded by another test.
  it('an element with lang="ru" is rendered with the Russian interface, its strings loaded first', async () => {
    const html = await renderToString('quote-card', { quote: 'daly-peacemaker', lang: 'ru' });
    assert.match(text(html), /Копировать цитату/);
    assert.doesNotMatch(text(html), /Copy quote/);
    assert.match(html, /<figure class="card" part="figure" lang="ru"/);
  });

  it('a Ukrainian bundle gives the Ukrainian interface, as in the browser (the CLI too)', async () => {
    const uk = JSON.parse(readFileSync('data/moscow-summit-2023.uk.json', 'utf8'));
    const html = await renderToString('quote-card', { quote: uk.quotes[0].id }, { bundle: uk });
    assert.match(text(html), /Копіювати цитату/);
    assert.match(html, /<figure class="card" part="figure" lang="uk"/);
  });

  it('the elements an explainer with lang="uk" renders inside speak Ukrainian too, as in the browser', async () => {
    const html = await renderToString('summit-explainer', { lang: 'uk', 'quote-cards': '' });
    // Every takeaway's "Full text" button and every nested quote card's "Copy quote" button.
    assert.equal(text(html).match(/Повний текст/g)?.length, bundle.takeaways.length);
    assert.ok((text(html).match(/Копіювати цитату/g)?.length ?? 0) > 0);
    assert.doesNotMatch(text(html), /Full text|Copy quote|Copy link/);
  });

  it('renderToStream loads the strings too (lang="ar": Arabic, right to left)', async () => {
    let streamed = '';
    for await (const chunk of renderToStream('quote-card', { quote: 'daly-peacemaker', lang: 'ar' })) streamed += chunk;
    assert.match(text(streamed), /نسخ الاقتباس/);
    assert.match(streamed, /<figure class="card" part="figure" lang="ar" dir="rtl"/);
  });

  it('loadLocale is there for a language the renderer cannot see, and says which it has', async () => {
    assert.equal(await loadLocale('zh-Hans'), true);
    assert.equal(await loadLocale('xx'), false);
  });

  it('renderToStream streams the same HTML', async () => {
    let streamed = '';
    for await (const chunk of renderToStream('quote-card', { quote: 'daly-peacemaker' })) streamed += String(chunk);
    assert.equal(streamed, await renderToString('quote-card', { quote: 'daly-peacemaker' }));
  });
});

const run = (...args) => spawnSync(process.execPath, ['bin/summit-kit.js', 'render', ...args], { encoding: 'utf8' });

describe('summit-kit render', () => {
  it('writes a snippet to stdout: the hydrating script, then declarative shadow DOM', () => {
    const result = run('summit-takeaway', '--attr', 'takeaway=5', '--no-json-ld');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^<script type="module" src="[^"]+\/dist\/cdn\/summit-kit-hydrate\.js"><\/script>/);
    assert.match(result.stdout, /shadowrootmode="open"/);
    contains(text(result.stdout), 'Energy supplies');
  });

  it('writes a snippet for summit-corrections, to wrap around or follow the region', () => {
    const result = run('summit-corrections', '--attr', 'for=story', '--no-json-ld');
    assert.equal(result.status, 0, result.stderr);
    assert.match(
      result.stdout,
      /<summit-corrections[^>]* for="story"[^>]*><template shadowroot="open" shadowrootmode="open">/,
    );
    contains(text(result.stdout), bundle.corrections.hint);
  });

  it('adds one JSON-LD block with the article and its quotations, unless --no-json-ld', () => {
    const ldBlocks = (html) =>
      [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]));
    const withLd = ldBlocks(run('quote-card', '--attr', 'quote=daly-peacemaker').stdout);
    assert.equal(withLd.length, 1);
    const types = withLd[0]['@graph'].map((node) => node['@type']);
    assert.ok(types.includes('NewsArticle'), types.join());
    assert.equal(types.filter((type) => type === 'Quotation').length, bundle.quotes.length);
    assert.deepEqual(ldBlocks(run('quote-card', '--attr', 'quote=daly-peacemaker', '--no-json-ld').stdout), []);
  });

  const failures = [
    [['summit-nope'], /^summit-kit render: unknown element <summit-nope>/],
    [['quote-card', '--attr', 'colour=red'], /^summit-kit render: <quote-card> has no attribute "colour"/],
  ];
  for (const [args, message] of failures) {
    it(`exits non-zero with one line naming it and writes nothing: ${args.join(' ')}`, () => {
      const out = join(mkdtempSync(join(tmpdir(), 'summit-render-')), 'out.html');
      const result = run(...args, '--out', out);
      assert.equal(result.status, 1);
      assert.match(result.stderr, message);
      assert.equal(result.stderr.trim().split('\n').length, 1);
      assert.equal(result.stdout, '');
      assert.equal(existsSync(out), false);
    });
  }

  describe('the --page output, opened in Chromium with JavaScript disabled', () => {
    let browser;
    let server;
    before(async () => {
      browser = await launch();
      server = await serve(process.cwd());
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it('shows every takeaway’s title and full text and every reaction group’s summary, and no control that needs script', async () => {
      mkdirSync('node_modules/.cache', { recursive: true });
      const file = join(mkdtempSync(join(process.cwd(), 'node_modules/.cache/summit-render-')), 'page.html');
      for (const tag of ['summit-explainer']) {
        const result = run(tag, '--page', '--out', file, '--script', '/dist/cdn/summit-kit-hydrate.js');
        assert.equal(result.status, 0, result.stderr);
      }
      const panel = file.replace(/page\.html$/, 'panel.html');
      assert.equal(run('reaction-panel', '--page', '--out', panel).status, 0);
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      // innerText is what is rendered: text hidden by CSS (a collapsed body, a hidden tab panel) is not in it. And
      // nothing that needs script may be offered: no button, no in-page link (a #fragment stops at a shadow root).
      const shown = async (path) => {
        await page.goto(`${server.origin}/${relative(process.cwd(), path)}`);
        return page.evaluate(() => {
          const parts = [];
          const controls = [];
          const walk = (root) => {
            for (const el of root.querySelectorAll('button, a[href^="#"]')) {
              if (el.checkVisibility())
                controls.push(`${el.localName} ${el.getAttribute('href') ?? el.textContent.trim()}`);
            }
            for (const el of root.querySelectorAll('*')) {
              if (!el.shadowRoot) continue;
              for (const child of el.shadowRoot.children) if (child.localName !== 'style') parts.push(child.innerText);
              walk(el.shadowRoot);
            }
          };
          walk(document);
          return { text: parts.join(' '), controls };
        });
      };
      const explainer = await shown(file);
      assert.deepEqual(explainer.controls, []);
      for (const takeaway of bundle.takeaways) {
        contains(explainer.text, takeaway.title);
        for (const paragraph of takeaway.body) contains(explainer.text, paragraph);
      }
      const reactions = await shown(panel);
      assert.deepEqual(reactions.controls, []);
      for (const group of bundle.reactions) contains(reactions.text, group.summary);
      await context.close();
    });

    it('an explainer served with lang="uk" hydrates in Ukrainian throughout, with no error', async () => {
      const file = join(mkdtempSync(join(process.cwd(), 'node_modules/.cache/summit-render-')), 'uk.html');
      const script = '/dist/cdn/summit-kit-hydrate.js';
      const args = ['--attr', 'lang=uk', '--attr', 'quote-cards', '--page', '--out', file, '--script', script];
      const result = run('summit-explainer', ...args);
      assert.equal(result.status, 0, result.stderr);
      // A hydration mismatch, or a file that does not load, is a console error.
      const { page, problems } = await openAndWatch(browser, `${server.origin}/${relative(process.cwd(), file)}`);
      // Every element hydrated (no `defer-hydration` left), and every button in Ukrainian.
      const buttons = () => {
        const found = [];
        let deferred = 0;
        const walk = (root) => {
          for (const el of root.querySelectorAll('*')) {
            if (el.hasAttribute('defer-hydration')) deferred += 1;
            if (!el.shadowRoot) continue;
            for (const button of el.shadowRoot.querySelectorAll('button')) found.push(button.textContent);
            walk(el.shadowRoot);
          }
        };
        walk(document);
        return { deferred, labels: found.join(' | ') };
      };
      await page.waitForFunction(() => customElements.get('summit-explainer') !== undefined);
      await page.waitForFunction(`(${buttons})().deferred === 0`, undefined, { timeout: 15_000 });
      const { labels } = await page.evaluate(buttons);
      assert.match(labels, /Повний текст/);
      assert.doesNotMatch(labels, /Full text|Copy quote|Copy link/);
      assert.deepEqual(problems, []);
      await page.close();
    });
  });
});
