// `summit-kit embed-url` and `embedCode()`, run as a publisher would, and the embed allow-list checked against the
// custom-elements manifest: an element that gains an attribute fails here until the embed knows it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { EMBEDDABLE, NOT_EMBEDDABLE, SHARED_ATTRIBUTES } from '../../dist/embed/allow-list.js';
import { embedCode, EmbedError } from '../../dist/embed/oembed.js';
import { parseEmbedParams } from '../../dist/embed/params.js';

const BASE = 'https://cdn.example.com/summit-kit/embed/';
const run = (...args) => spawnSync(process.execPath, ['bin/summit-kit.js', 'embed-url', ...args], { encoding: 'utf8' });

describe('embed allow-list', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

  it('knows every element in the manifest, as embeddable or not, and no other', () => {
    const tags = elements.map((d) => d.tagName).sort();
    assert.deepEqual([...Object.keys(EMBEDDABLE), ...Object.keys(NOT_EMBEDDABLE)].sort(), tags);
  });

  for (const tag of Object.keys(EMBEDDABLE)) {
    it(`${tag}: the embed accepts exactly the manifest's attributes, of the same kind`, () => {
      const documented = elements.find((d) => d.tagName === tag).attributes ?? [];
      const known = { ...EMBEDDABLE[tag], ...SHARED_ATTRIBUTES };
      assert.deepEqual(Object.keys(known).sort(), documented.map((a) => a.name).sort());
      for (const attribute of documented) {
        const kind = known[attribute.name];
        const type = attribute.type?.text ?? '';
        if (type === 'boolean') assert.equal(kind, 'boolean', attribute.name);
        if (/^number/.test(type)) assert.equal(typeof kind.min, 'number', attribute.name);
        if (kind === 'boolean') assert.equal(type, 'boolean', attribute.name);
      }
    });
  }

  it('summit-corrections still takes the endpoint that corrections=… sets', () => {
    const corrections = elements.find((d) => d.tagName === 'summit-corrections');
    assert.ok(corrections.attributes.some((a) => a.name === 'endpoint'));
  });
});

describe('parseEmbedParams', () => {
  it('reads an element, its attributes and the Pym.js child id', () => {
    const parsed = parseEmbedParams(
      'el=summit-takeaway&takeaway=5&open&heading-level=2&theme=dark&childId=box&initialWidth=640',
    );
    assert.deepEqual(parsed, {
      ok: true,
      request: {
        tag: 'summit-takeaway',
        attributes: { takeaway: '5', open: '', 'heading-level': '2', theme: 'dark' },
        theme: 'dark',
        childId: 'box',
      },
    });
  });

  it('refuses names an object inherits (constructor, __proto__) like any unknown parameter', () => {
    const parsed = parseEmbedParams('el=quote-card&constructor=x&__proto__=y&toString=z');
    assert.equal(parsed.ok, false);
    assert.deepEqual(
      parsed.issues.map((i) => i.message),
      ['constructor', '__proto__', 'toString'].map(
        (n) => `quote-card has no attribute "${n}": use quote, variant, no-copy, src, theme, timeout, lang, dir.`,
      ),
    );
  });

  it('lists every problem, each with its parameter', () => {
    const parsed = parseEmbedParams('el=quote-card&quote=a&quote=b&variant=huge&no-copy=yes&style=x&timeout=-5');
    assert.equal(parsed.ok, false);
    assert.deepEqual(
      parsed.issues.map((i) => i.path),
      ['quote', 'variant', 'no-copy', 'style', 'timeout'],
    );
  });
});

describe('embedCode()', () => {
  it('gives the URL, a titled lazy iframe and an oEmbed rich response', () => {
    const code = embedCode({
      base: BASE,
      element: 'quote-card',
      attributes: { quote: 'daly-peacemaker', variant: 'pull' },
    });
    assert.equal(code.url, `${BASE}?el=quote-card&quote=daly-peacemaker&variant=pull`);
    assert.match(
      code.html,
      /^<iframe src="https:\/\/cdn\.example\.com\/summit-kit\/embed\/\?el=quote-card&amp;quote=daly-peacemaker&amp;variant=pull" /,
    );
    assert.match(code.html, / title="Quote from Robert Daly: “[^"]+”"/);
    assert.match(code.html, / loading="lazy"/);
    assert.match(code.html, / height="300"/);
    assert.deepEqual(
      { ...code.oembed, html: undefined, title: undefined },
      {
        type: 'rich',
        version: '1.0',
        html: undefined,
        title: undefined,
        width: 640,
        height: 300,
        provider_name: 'summit-kit',
      },
    );
    assert.equal(code.oembed.html, code.html);
  });

  it('escapes what it puts in attributes and refuses what the embed page would refuse', () => {
    const code = embedCode({ base: BASE, element: 'reaction-panel', attributes: { label: 'Say "no" <now> & then' } });
    assert.match(code.html, /title="Say &quot;no&quot; &lt;now&gt; &amp; then"/);
    assert.throws(
      () => embedCode({ base: BASE, element: 'quote-card', attributes: { quote: 'x', onclick: 'alert(1)' } }),
      (error) => error instanceof EmbedError && error.issues[0].path === 'onclick',
    );
    assert.throws(() => embedCode({ base: 'javascript:alert(1)', element: 'quote-card' }), EmbedError);
  });
});

describe('summit-kit embed-url', () => {
  it('prints the URL, the snippet and the oEmbed JSON', () => {
    const result = run('summit-takeaway', 'takeaway=energy-supplies', 'open', '--base', BASE);
    assert.equal(result.status, 0, result.stderr);
    const [url, html, json] = result.stdout.trim().split('\n\n');
    assert.equal(url, `${BASE}?el=summit-takeaway&takeaway=energy-supplies&open=`);
    assert.match(html, /^<iframe .*title="Takeaway 5: Energy supplies".*loading="lazy".*><\/iframe>$/);
    assert.equal(JSON.parse(json).type, 'rich');
    assert.equal(JSON.parse(json).html, html);
  });

  it('--json for machines; --script adds resize.js', () => {
    const result = run('summit-related', '--base', BASE, '--json', '--script', '--provider', 'Example News');
    assert.equal(result.status, 0, result.stderr);
    const out = JSON.parse(result.stdout);
    assert.equal(out.oembed.provider_name, 'Example News');
    assert.match(
      out.html,
      /<script src="https:\/\/cdn\.example\.com\/summit-kit\/embed\/resize\.js" async><\/script>$/,
    );
  });

  it('exits 1 with each problem on its own line', () => {
    const result = run('quote-card', 'quote=daly-peacemaker', 'variant=huge', 'colour=red', '--base', BASE);
    assert.equal(result.status, 1);
    const lines = result.stderr.trim().split('\n');
    assert.equal(lines.length, 2, result.stderr);
    assert.match(lines[0], /^variant must be one of default, pull, compact/);
    assert.match(lines[1], /^quote-card has no attribute "colour"/);
  });

  it('exits 2 with the usage when --base or the element is missing', () => {
    const result = run('quote-card', 'quote=daly-peacemaker');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--base is required/);
    assert.match(result.stderr, /usage: summit-kit embed-url/);
  });
});
