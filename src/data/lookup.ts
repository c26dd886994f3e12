import { SummitError } from './errors.js';
import type { Bundle, DeclarationPoint, Person, Quote, Reaction, Related, Takeaway } from './schema.js';

/**
 * Pure look-ups over a validated bundle, the only place elements find their items. Each `…ById` throws a
 * `SummitError('unknown-id')` naming the id. Policy (shared by every element): an empty reference means "not
 * chosen" — the look-ups that have a natural default use it (all groups, all topics, the first related story) and
 * the others refuse it with {@link requireRef}; an unknown reference is always an error, never a silent fallback.
 */

/** The trimmed value of an attribute that must name an item; throws `unknown-id` asking for it when it is empty. */
export function requireRef(value: string | number | null | undefined, attribute: string): string {
  const key = String(value ?? '').trim();
  if (!key) throw new SummitError('unknown-id', `Choose a ${attribute}: set the ${attribute} attribute to its id.`);
  return key;
}

function byId<T extends { id: string }>(items: readonly T[], id: string, noun: string): T {
  const found = items.find((item) => item.id === id);
  if (!found) throw new SummitError('unknown-id', `No ${noun} "${id}" in this bundle.`);
  return found;
}

/** A takeaway by id (`energy-supplies`) or by number (`5`). */
export function takeawayByRef(bundle: Bundle, ref: string | number): Takeaway {
  const key = requireRef(ref, 'takeaway');
  const found = /^\d+$/.test(key)
    ? bundle.takeaways.find((t) => t.number === Number(key))
    : bundle.takeaways.find((t) => t.id === key);
  if (!found)
    throw new SummitError(
      'unknown-id',
      `No takeaway "${key}" in this bundle (use an id or 1–${bundle.takeaways.length}).`,
    );
  return found;
}

export const quoteById = (bundle: Bundle, id: string): Quote => byId(bundle.quotes, id, 'quote');
export const personById = (bundle: Bundle, id: string): Person => byId(bundle.people, id, 'person');
export const reactionById = (bundle: Bundle, id: string): Reaction => byId(bundle.reactions, id, 'reaction group');
export const speakerOf = (bundle: Bundle, quote: Quote): Person => personById(bundle, quote.speakerId);

/** The quotations of a takeaway, a reaction group or a declaration point, in their listed order. */
export const quotesOf = (bundle: Bundle, item: { quoteIds: readonly string[] }): Quote[] =>
  item.quoteIds.map((id) => quoteById(bundle, id));

/** The ids named in a list attribute such as `parties="ukraine, united-states"`, in order. */
export const parseList = (value: string | null | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

/**
 * Reaction groups to show: all of them, or those named in `parties` ("ukraine,united-states"), in that order.
 * Unknown names throw `unknown-id`.
 */
export function reactionsFor(bundle: Bundle, parties?: string | null): Reaction[] {
  const names = parseList(parties);
  return names.length === 0 ? [...bundle.reactions] : names.map((name) => reactionById(bundle, name));
}

/** The related story `id`, or the first one when `id` is empty; `undefined` when the bundle has none. */
export function relatedFor(bundle: Bundle, id?: string | null): Related | undefined {
  const key = (id ?? '').trim();
  return key ? byId(bundle.related, key, 'related story') : bundle.related[0];
}

/** Declaration points grouped by topic, topics in their listed order; empty topics are left out. */
export function declarationByTopic(bundle: Bundle): { id: string; label: string; points: DeclarationPoint[] }[] {
  const { topics, points } = bundle.declaration;
  return topics
    .map((topic) => ({ ...topic, points: points.filter((p) => p.topicId === topic.id) }))
    .filter((group) => group.points.length > 0);
}

/**
 * The declaration's groups to show: all of them, or those named in `topics` ("nuclear,security"), in that order.
 * Unknown topics throw `unknown-id`; a known topic with no points is left out.
 */
export function declarationGroupsFor(
  bundle: Bundle,
  topics?: string | null,
): { id: string; label: string; points: DeclarationPoint[] }[] {
  const groups = declarationByTopic(bundle);
  const names = parseList(topics);
  if (names.length === 0) return groups;
  return names.flatMap((name) => {
    byId(bundle.declaration.topics, name, 'declaration topic');
    return groups.filter((group) => group.id === name);
  });
}

export { segmentParagraph, type Segment } from './segments.js';
