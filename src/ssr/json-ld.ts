/**
 * The article as schema.org structured data (JSON-LD), for search engines and link previews. Pure: no DOM, no Node
 * APIs, so the server renderer, the CLI and the example-page build all call the same two functions.
 *
 * One `@graph`, its nodes linked by `@id`:
 * - a `WebPage` whose `mainEntity` is the article and whose `relatedLink`s are the related stories with a URL
 *   (`relatedLink` is a `WebPage` property; a `NewsArticle` may not carry it);
 * - the `NewsArticle`: `headline`, `description` (the standfirst), `about` the leaders who met, `mentions` everyone
 *   else quoted and the declaration, `inLanguage`, and `datePublished` / `url` when the caller gives them;
 * - one `Person` or `Organization` per person in the bundle (`jobTitle` and `affiliation` for a person);
 * - one `Quotation` per quote: `text`, `creator`, `isPartOf` the article, and `spokenByCharacter` for a quote said by
 *   a person (a declaration or a court's announcement is written, not spoken, so it gets `creator` only);
 * - the joint declaration as a `CreativeWork` by its signatories, whose points are each a `Claim` (`hasPart`). A point
 *   is a statement the two parties make, which is what schema.org's `Claim` is for (it can be the `itemReviewed` of a
 *   fact-checker's `ClaimReview`, and names where it appears); an `ItemList` would only say "these come in order",
 *   which the points do not (they are grouped by topic, carried as each claim's `keywords`);
 * - a `NewsArticle` node for each related story with a URL (its `@id` is that URL).
 */
import type { Bundle, Person as BundlePerson, Quote } from '../data/schema.js';
import type {
  Claim,
  CreativeWork,
  Graph,
  IdReference,
  NewsArticle,
  Organization,
  Person,
  Quotation,
  Thing,
  WebPage,
} from 'schema-dts';

export interface JsonLdOptions {
  /** The canonical URL of the page that carries the article; every `@id` is built on it. Default: ids relative to the page (`#article`). */
  url?: string;
  /** When the article was published (ISO 8601 date or date-time). The bundle has no publication date of its own. */
  datePublished?: string;
}

/** The `@id`s of the graph's nodes: one place builds them, every reference uses them. */
export const jsonLdIds = (base = '') => ({
  page: `${base}#webpage`,
  article: `${base}#article`,
  declaration: `${base}#declaration`,
  person: (id: string) => `${base}#person-${id}`,
  quote: (id: string) => `${base}#quote-${id}`,
  point: (id: string) => `${base}#declaration-${id}`,
});

const ref = (id: string): IdReference => ({ '@id': id });

function speakerNode(person: BundlePerson, id: string): Person | Organization {
  if (person.kind === 'organisation') {
    return { '@type': 'Organization', '@id': id, name: person.name, description: person.role };
  }
  return {
    '@type': 'Person',
    '@id': id,
    name: person.name,
    jobTitle: person.role,
    affiliation: person.affiliation ? { '@type': 'Organization', name: person.affiliation } : undefined,
  };
}

/** The schema.org graph of a (validated) bundle. */
export function buildJsonLd(bundle: Bundle, options: JsonLdOptions = {}): Graph {
  const ids = jsonLdIds(options.url ?? '');
  const lang = bundle.article.lang;
  const kindOf = new Map(bundle.people.map((person) => [person.id, person.kind]));
  const leaders = new Set(bundle.article.summit.leaderIds);
  const others = bundle.people.filter((person) => !leaders.has(person.id));
  const related = bundle.related.filter((story) => story.url !== undefined);

  const page: WebPage = {
    '@type': 'WebPage',
    '@id': ids.page,
    url: options.url,
    name: bundle.article.headline,
    inLanguage: lang,
    mainEntity: ref(ids.article),
    relatedLink: related.length ? related.map((story) => story.url ?? '') : undefined,
  };

  const article: NewsArticle = {
    '@type': 'NewsArticle',
    '@id': ids.article,
    url: options.url,
    mainEntityOfPage: options.url ? ref(ids.page) : undefined,
    headline: bundle.article.headline,
    description: bundle.article.standfirst,
    inLanguage: lang,
    datePublished: options.datePublished,
    about: bundle.article.summit.leaderIds.map((id) => ref(ids.person(id))),
    mentions: [...others.map((person) => ref(ids.person(person.id))), ref(ids.declaration)],
  };

  const people = bundle.people.map((person) => speakerNode(person, ids.person(person.id)));

  const quotation = (quote: Quote): Quotation => {
    const speaker = ref(ids.person(quote.speakerId));
    return {
      '@type': 'Quotation',
      '@id': ids.quote(quote.id),
      text: quote.text,
      creator: speaker,
      spokenByCharacter: kindOf.get(quote.speakerId) === 'person' ? speaker : undefined,
      isPartOf: ref(ids.article),
      inLanguage: quote.lang ?? lang,
      description: quote.context,
      dateCreated: quote.date,
    };
  };

  const { declaration } = bundle;
  const topicLabel = new Map(declaration.topics.map((topic) => [topic.id, topic.label]));
  const declarationNode: CreativeWork = {
    '@type': 'CreativeWork',
    '@id': ids.declaration,
    name: declaration.title,
    dateCreated: declaration.date,
    creator: declaration.signatoryIds.map((id) => ref(ids.person(id))),
    hasPart: declaration.points.map((point) => ref(ids.point(point.id))),
  };
  const claims = declaration.points.map((point): Claim => ({
    '@type': 'Claim',
    '@id': ids.point(point.id),
    text: point.text,
    keywords: topicLabel.get(point.topicId) ?? point.topicId,
    isPartOf: ref(ids.declaration),
    firstAppearance: ref(ids.declaration),
    appearance: ref(ids.article),
  }));

  const relatedStories = related.map((story): NewsArticle => ({
    '@type': 'NewsArticle',
    '@id': story.url ?? '',
    url: story.url ?? '',
    headline: story.headline,
    description: story.standfirst,
    datePublished: story.date,
  }));

  const graph: Thing[] = [
    page,
    article,
    ...people,
    ...bundle.quotes.map(quotation),
    declarationNode,
    ...claims,
    ...relatedStories,
  ];
  return { '@context': 'https://schema.org', '@graph': graph };
}

/** `<`, `>`, `&` and the two JavaScript line terminators, as JSON escapes: the text cannot end or open a tag. */
const UNSAFE = /[<>&\u2028\u2029]/g;
const escapeChar = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** JSON that is safe inside an HTML `<script>`: still valid JSON, and `</script>` in any field stays text. */
export const jsonForScript = (value: unknown): string => JSON.stringify(value).replace(UNSAFE, escapeChar);

/**
 * One complete `<script type="application/ld+json">` element with the bundle's graph. Keys left `undefined` above
 * (no URL, no date) are dropped here by `JSON.stringify`; writing them as `undefined` rather than spreading keeps every
 * property inside an object literal that `tsc` checks against the schema.org type.
 */
export const jsonLdScript = (bundle: Bundle, options: JsonLdOptions = {}): string =>
  `<script type="application/ld+json">${jsonForScript(buildJsonLd(bundle, options))}</script>`;
