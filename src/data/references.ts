import type { BundleIssue } from './errors.js';

/**
 * Cross-reference checks the shape schema cannot express: unique ids, ids that point at something, takeaway numbers
 * 1..N. Works on raw input, so reference problems are reported beside shape problems, all at once.
 */
type Rec = Record<string, unknown>;

const isRec = (x: unknown): x is Rec => typeof x === 'object' && x !== null && !Array.isArray(x);
const list = (x: unknown): Rec[] => (Array.isArray(x) ? x.map((item) => (isRec(item) ? item : {})) : []);
const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);

function ids(items: Rec[], path: string, issues: BundleIssue[]): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const id = str(item.id);
    if (id === undefined) return;
    if (seen.has(id)) issues.push({ path: `${path}[${i}].id`, message: `duplicate id "${id}"` });
    seen.add(id);
  });
  return seen;
}

function refs(value: unknown, known: Set<string>, noun: string, path: string, issues: BundleIssue[]): void {
  const check = (id: unknown, at: string) => {
    if (typeof id === 'string' && !known.has(id)) issues.push({ path: at, message: `no ${noun} "${id}"` });
  };
  if (Array.isArray(value))
    value.forEach((id, i) => {
      check(id, `${path}[${i}]`);
    });
  else check(value, path);
}

export function checkReferences(input: unknown): BundleIssue[] {
  if (!isRec(input)) return [];
  const issues: BundleIssue[] = [];
  const people = list(input.people);
  const takeaways = list(input.takeaways);
  const quotes = list(input.quotes);
  const reactions = list(input.reactions);
  const declaration = isRec(input.declaration) ? input.declaration : {};
  const topics = list(declaration.topics);
  const points = list(declaration.points);
  const article = isRec(input.article) ? input.article : {};
  const summit = isRec(article.summit) ? article.summit : {};

  const personIds = ids(people, 'people', issues);
  const takeawayIds = ids(takeaways, 'takeaways', issues);
  const quoteIds = ids(quotes, 'quotes', issues);
  ids(reactions, 'reactions', issues);
  const topicIds = ids(topics, 'declaration.topics', issues);
  ids(points, 'declaration.points', issues);
  ids(list(input.related), 'related', issues);

  refs(summit.leaderIds, personIds, 'person', 'article.summit.leaderIds', issues);
  refs(declaration.signatoryIds, personIds, 'person', 'declaration.signatoryIds', issues);
  takeaways.forEach((t, i) => {
    if (typeof t.number === 'number' && t.number !== i + 1) {
      issues.push({
        path: `takeaways[${i}].number`,
        message: `must be ${i + 1} (takeaways are numbered 1..N in order)`,
      });
    }
    refs(t.quoteIds, quoteIds, 'quote', `takeaways[${i}].quoteIds`, issues);
  });
  quotes.forEach((q, i) => {
    refs(q.speakerId, personIds, 'person', `quotes[${i}].speakerId`, issues);
    refs(q.takeawayId, takeawayIds, 'takeaway', `quotes[${i}].takeawayId`, issues);
  });
  reactions.forEach((r, i) => {
    refs(r.quoteIds, quoteIds, 'quote', `reactions[${i}].quoteIds`, issues);
  });
  points.forEach((p, i) => {
    refs(p.topicId, topicIds, 'topic', `declaration.points[${i}].topicId`, issues);
    refs(p.quoteIds, quoteIds, 'quote', `declaration.points[${i}].quoteIds`, issues);
  });
  return issues;
}
