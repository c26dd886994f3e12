// The JSON-LD of src/ssr/json-ld.ts, on the built files (dist/), in Node: the same module the server renderer, the
// CLI and the example-page build import. Node rather than a browser test, because the vocabulary check reads
// schema-dts's own definitions from node_modules, and the HTML-safety check is a property of the string itself.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseBundle } from '../../dist/data/index.js';
import { buildJsonLd, jsonLdScript } from '../../dist/ssr/json-ld.js';

const defaultText = readFileSync(new URL('../../data/moscow-summit-2023.json', import.meta.url), 'utf8');
/** A fresh copy of the default bundle's JSON, to change one field of. */
const defaultJson = () => JSON.parse(defaultText);
const bundle = parseBundle(defaultJson());

/** The properties schema.org allows on a type, read from schema-dts (generated from the schema.org vocabulary). */
const allowedProperties = (() => {
  const dts = readFileSync(new URL('../../node_modules/schema-dts/dist/schema.d.ts', import.meta.url), 'utf8');
  const bases = new Map(); // FooBase -> { parents, props }
  for (const match of dts.matchAll(/^interface (\w+Base) extends ([^{]+)\{([\s\S]*?)^\}/gm)) {
    const parents = match[2].split(',').map((name) => name.trim());
    const props = [...match[3].matchAll(/^ {4}"([\w@-]+)"\?:/gm)].map((prop) => prop[1]);
    bases.set(match[1], { parents, props });
  }
  const leafBase = new Map(
    [...dts.matchAll(/^export interface (\w+)Leaf extends (\w+Base) \{/gm)].map((match) => [match[1], match[2]]),
  );
  return (type) => {
    const props = new Set(['@type', '@id']);
    const queue = [leafBase.get(type)];
    assert.ok(queue[0], `schema-dts has no type ${type}`);
    while (queue.length) {
      const base = bases.get(queue.pop());
      if (!base) continue;
      base.props.forEach((prop) => props.add(prop));
      queue.push(...base.parents);
    }
    return props;
  };
})();

/** The JSON inside the one script element. */
function parseScript(html) {
  const match = /^<script type="application\/ld\+json">([\s\S]*)<\/script>$/.exec(html);
  assert.ok(match, 'one <script type="application/ld+json"> element');
  return JSON.parse(match[1]);
}

/** Every object in the graph that carries a @type (nodes and nested values), with where it sits. */
function* typedObjects(value, path = '$') {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* typedObjects(item, `${path}[${index}]`);
  } else if (value && typeof value === 'object') {
    if ('@type' in value) yield { path, node: value };
    for (const [key, item] of Object.entries(value)) yield* typedObjects(item, `${path}.${key}`);
  }
}

/** Every `{ "@id": … }` reference (an object with nothing but an @id) in the graph. */
function* references(value) {
  if (Array.isArray(value)) for (const item of value) yield* references(item);
  else if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === '@id') yield value['@id'];
    else for (const item of Object.values(value)) yield* references(item);
  }
}

const graphOf = (b, options) => parseScript(jsonLdScript(b, options))['@graph'];
const node = (graph, id) => graph.find((n) => n['@id'] === id);

describe('JSON-LD of the default bundle', () => {
  const doc = parseScript(jsonLdScript(bundle));
  const graph = doc['@graph'];

  it('is one schema.org @graph with the NewsArticle and the WebPage that has it as mainEntity', () => {
    assert.equal(doc['@context'], 'https://schema.org');
    const article = graph.find((n) => n['@type'] === 'NewsArticle');
    assert.equal(article.headline, bundle.article.headline);
    assert.equal(article.description, bundle.article.standfirst);
    assert.equal(article.inLanguage, 'en');
    const page = graph.find((n) => n['@type'] === 'WebPage');
    assert.deepEqual(page.mainEntity, { '@id': article['@id'] });
    assert.equal(graph.filter((n) => n['@type'] === 'NewsArticle').length, 1, 'no related story has a URL here');
    assert.equal(page.relatedLink, undefined);
  });

  it('is about the two leaders and mentions every other person and the declaration', () => {
    const article = graph.find((n) => n['@type'] === 'NewsArticle');
    const names = (refs) => refs.map((r) => node(graph, r['@id']).name);
    assert.deepEqual(names(article.about), ['Xi Jinping', 'Vladimir Putin']);
    const mentioned = names(article.mentions);
    for (const person of bundle.people.filter((p) => !bundle.article.summit.leaderIds.includes(p.id)))
      assert.ok(mentioned.includes(person.name), `mentions ${person.name}`);
    assert.ok(mentioned.includes(bundle.declaration.title));
  });

  it('has every quotation once, verbatim, with the right creator, isPartOf the article', () => {
    const article = graph.find((n) => n['@type'] === 'NewsArticle');
    const quotations = graph.filter((n) => n['@type'] === 'Quotation');
    assert.equal(quotations.length, bundle.quotes.length);
    for (const quote of bundle.quotes) {
      const speaker = bundle.people.find((p) => p.id === quote.speakerId);
      const found = quotations.filter((q) => q.text === quote.text && q['@id'].endsWith(quote.id));
      assert.equal(found.length, 1, `quotation ${quote.id}`);
      const [quotation] = found;
      const creator = node(graph, quotation.creator['@id']);
      assert.equal(creator.name, speaker.name, `creator of ${quote.id}`);
      assert.equal(creator['@type'], speaker.kind === 'person' ? 'Person' : 'Organization');
      assert.deepEqual(quotation.isPartOf, { '@id': article['@id'] });
      // Said by a person: also spokenByCharacter; a declaration or a court's announcement is written, not spoken.
      assert.deepEqual(quotation.spokenByCharacter, speaker.kind === 'person' ? quotation.creator : undefined);
    }
  });

  it('gives a person jobTitle and affiliation as the bundle has them', () => {
    const gabuev = graph.find((n) => n.name === 'Alexander Gabuev');
    assert.equal(gabuev['@type'], 'Person');
    assert.equal(gabuev.jobTitle, 'senior fellow');
    assert.deepEqual(gabuev.affiliation, {
      '@type': 'Organization',
      name: 'Carnegie Endowment for International Peace',
    });
  });

  it("carries the declaration's points as Claims of one CreativeWork, by its signatories", () => {
    const declaration = graph.find((n) => n.name === bundle.declaration.title);
    assert.equal(declaration['@type'], 'CreativeWork');
    assert.deepEqual(
      declaration.creator.map((r) => node(graph, r['@id']).name),
      ['Vladimir Putin', 'Xi Jinping'],
    );
    const claims = declaration.hasPart.map((r) => node(graph, r['@id']));
    assert.deepEqual(
      claims.map((c) => [c['@type'], c.text]),
      bundle.declaration.points.map((p) => ['Claim', p.text]),
    );
    assert.equal(claims.find((c) => c.text.startsWith('Nuclear war')).keywords, 'Nuclear weapons');
  });

  it('has unique @ids, and every @id reference resolves to a node of the graph', () => {
    const ids = graph.map((n) => n['@id']);
    assert.equal(new Set(ids).size, ids.length);
    const refs = [...references(graph)];
    assert.ok(refs.length > bundle.quotes.length * 2);
    for (const id of refs) assert.ok(ids.includes(id), `reference ${id} resolves`);
  });

  it('uses on every typed object only properties its schema.org type allows (per schema-dts)', () => {
    let checked = 0;
    for (const { path, node: n } of typedObjects(graph)) {
      const allowed = allowedProperties(n['@type']);
      for (const key of Object.keys(n)) assert.ok(allowed.has(key), `${path}: ${n['@type']} has no property ${key}`);
      checked += 1;
    }
    assert.ok(checked > bundle.quotes.length + bundle.people.length);
    // The allow-list itself tells a wrong property apart: relatedLink is WebPage's, not NewsArticle's.
    assert.ok(allowedProperties('WebPage').has('relatedLink'));
    assert.ok(!allowedProperties('NewsArticle').has('relatedLink'));
    assert.ok(!allowedProperties('Organization').has('jobTitle'));
  });
});

describe('JSON-LD with a page URL, a date and a related story with a URL', () => {
  const url = 'https://news.example/2023/03/xi-moscow';
  const related = 'https://news.example/2024/05/taiwan-drill';
  const json = defaultJson();
  json.related[0].url = related;
  json.related[0].date = '2024-05-23';
  const graph = graphOf(parseBundle(json), { url, datePublished: '2023-03-22' });

  it('names the page, dates the article and links the related story from the WebPage', () => {
    const page = node(graph, `${url}#webpage`);
    const article = node(graph, `${url}#article`);
    assert.equal(page.url, url);
    assert.deepEqual(page.relatedLink, [related]);
    assert.equal(article.url, url);
    assert.equal(article.datePublished, '2023-03-22');
    assert.equal(article.relatedLink, undefined);
    const story = node(graph, related);
    assert.equal(story['@type'], 'NewsArticle');
    assert.equal(story.headline, json.related[0].headline);
    assert.equal(story.datePublished, '2024-05-23');
    for (const n of graph) assert.ok(n['@id'].startsWith(url) || n['@id'] === related, n['@id']);
    for (const id of references(graph)) assert.ok(node(graph, id), `reference ${id} resolves`);
  });
});

describe('JSON-LD inside HTML', () => {
  const hostile = '</script><script>alert(1)</script><!-- & \u2028\u2029 > </SCRIPT >';
  const json = defaultJson();
  json.article.headline = `Headline ${hostile}`;
  json.quotes[0].text = `Quote ${hostile}`;
  json.people[0].name = `Xi ${hostile}`;
  const html = jsonLdScript(parseBundle(json));

  it('cannot be closed or commented out by a field: no "<" at all before the closing tag', () => {
    const inner = html.slice('<script type="application/ld+json">'.length, -'</script>'.length);
    assert.equal(html.match(/<\/script/gi).length, 1);
    assert.doesNotMatch(inner, /[<>&\u2028\u2029]/);
    assert.match(inner, /\\u003c\/script\\u003e/);
  });

  it('still parses back to the original text', () => {
    const graph = parseScript(html)['@graph'];
    assert.equal(graph.find((n) => n['@type'] === 'NewsArticle').headline, `Headline ${hostile}`);
    assert.ok(graph.some((n) => n['@type'] === 'Quotation' && n.text === `Quote ${hostile}`));
    assert.ok(graph.some((n) => n.name === `Xi ${hostile}`));
  });

  it('buildJsonLd gives the same graph as the script carries', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(buildJsonLd(bundle))), parseScript(jsonLdScript(bundle)));
  });
});
