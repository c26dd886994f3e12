/**
 * fast-check arbitraries for hostile bundles, shared by the Node property test (tests/property/parse.test.mjs) and
 * the browser one (tests/hostile/fuzz.test.ts): valid variations of the default bundle and mutations of it.
 */
import fc from 'fast-check';
import type { Bundle } from '../../src/data/schema.js';

type Path = (string | number)[];
type Json = Record<string, unknown> | unknown[];

/** Every path in `value` (objects and arrays, leaves included), e.g. `['quotes', 3, 'speakerId']`. */
export function pathsOf(value: unknown, at: Path = []): Path[] {
  const out: Path[] = at.length ? [at] : [];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...pathsOf(item, [...at, i])));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) out.push(...pathsOf(item, [...at, key]));
  return out;
}

const parentOf = (root: Json, path: Path): Json =>
  path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string, Json>)[key as string]!, root);

const nested = (depth: number): unknown => {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { value };
  return value;
};

/** What a mutation does at its path. */
export type Mutation =
  | { op: 'delete' }
  | { op: 'set'; value: unknown }
  | { op: 'huge-array' }
  | { op: 'duplicate-id' }
  | { op: 'dangling' }
  | { op: 'cycle' }
  | { op: 'throwing-getter' };

const wrongValue = fc.oneof(
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constant(''),
  fc.constant('   '),
  fc.string({ maxLength: 20 }),
  fc.constant('x'.repeat(20_000)),
  fc.constant('javascript:alert(1)'),
  fc.constant('__proto__'),
  fc.integer({ min: 10, max: 2_000 }).map(nested),
  fc.jsonValue({ maxDepth: 3 }),
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ op: 'delete' } as const),
  wrongValue.map((value) => ({ op: 'set', value }) as const),
  fc.constant({ op: 'huge-array' } as const),
  fc.constant({ op: 'duplicate-id' } as const),
  fc.constant({ op: 'dangling' } as const),
  fc.constant({ op: 'cycle' } as const),
  fc.constant({ op: 'throwing-getter' } as const),
);

/** Applies `m` at `path` of a fresh copy of `base` (JSON-only mutations when `jsonOnly`). */
export function mutate(base: Bundle, path: Path, m: Mutation): Json {
  const root = structuredClone(base) as unknown as Json;
  const parent = parentOf(root, path);
  const key = path[path.length - 1]!;
  const record = parent as Record<string | number, unknown>;
  switch (m.op) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else Reflect.deleteProperty(record, key);
      break;
    case 'set':
      record[key] = m.value;
      break;
    case 'huge-array': {
      const value = record[key];
      record[key] = Array.from({ length: 1_500 }, () => (Array.isArray(value) ? (value[0] as unknown) : value));
      break;
    }
    case 'duplicate-id':
      if (Array.isArray(parent) && parent.length > 1) parent[(key as number) === 0 ? 1 : 0] = parent[key as number];
      else record[key] = structuredClone(record[key]);
      break;
    case 'dangling':
      record[key] = typeof record[key] === 'string' ? 'no-such-id' : ['no-such-id'];
      break;
    case 'cycle':
      record[key] = root;
      break;
    case 'throwing-getter':
      Object.defineProperty(record, key, {
        enumerable: true,
        get() {
          throw new Error('hostile getter');
        },
      });
      break;
  }
  return root;
}

/** JSON text, not an object: garbage, truncated bundles, other JSON values. */
export const notAnObject = (base: Bundle): fc.Arbitrary<unknown> => {
  const text = JSON.stringify(base);
  return fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.integer({ min: 1, max: text.length - 1 }).map((cut) => text.slice(0, cut)),
    fc.jsonValue({ maxDepth: 2 }).filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)),
    fc.constant('<!doctype html><title>Not JSON</title>'),
    fc.constant(`${'['.repeat(5_000)}${']'.repeat(5_000)}`),
  );
};

/** Plain text that survives trimming and fits every limit. */
const printable = fc
  .string({ minLength: 1, maxLength: 60, unit: 'grapheme' })
  .map((s) => s.trim())
  .filter((s) => s.length > 0);

/** The default bundle with its display text replaced by generated text: always valid. */
export const validVariant = (base: Bundle): fc.Arbitrary<Bundle> =>
  fc.record({ headline: printable, name: printable, quote: printable, label: printable }).map((t) => {
    const bundle = structuredClone(base);
    bundle.article.headline = t.headline;
    for (const person of bundle.people) person.name = t.name;
    for (const quote of bundle.quotes) quote.text = t.quote;
    for (const reaction of bundle.reactions) reaction.label = t.label;
    return bundle;
  });

/** One generated input: the kind says what may happen to it. */
export type Generated = { kind: 'valid'; input: Bundle } | { kind: 'mutated' | 'not-an-object'; input: unknown };

/** Mostly mutations of the default bundle, some valid variants, some non-objects (JSON text, other values). */
export function generated(base: Bundle, options: { jsonOnly?: boolean } = {}): fc.Arbitrary<Generated> {
  const paths = pathsOf(base);
  const mutations = options.jsonOnly
    ? mutation.filter((m) => m.op !== 'cycle' && m.op !== 'throwing-getter')
    : mutation;
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .tuple(fc.constantFrom(...paths), mutations)
        .map(([path, m]) => ({ kind: 'mutated', input: mutate(base, path, m) }) as const),
    },
    { weight: 2, arbitrary: validVariant(base).map((input) => ({ kind: 'valid', input }) as const) },
    { weight: 1, arbitrary: notAnObject(base).map((input) => ({ kind: 'not-an-object', input }) as const) },
  );
}

/** The seed for this run: `SUMMIT_SEED` / `?seed=` to replay one, otherwise a fresh one (always printed). */
export const seedFrom = (given: string | null | undefined): number =>
  given ? Number(given) : Math.floor(Math.random() * 2 ** 31);
