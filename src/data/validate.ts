import type { Bundle } from './schema.js';

/**
 * The one door every bundle goes through before an element renders it. Bundles already known to be valid pass at once
 * (the shipped default bundle, checked when the package is built, and anything `parseBundle` returned); a foreign one
 * is checked by the validator (valibot and the schema, `./parse.js`), which loads only when the first foreign bundle
 * arrives. Where the validator is already loaded (the npm root entry and `summit-kit/data` import it statically) the
 * result is synchronous; otherwise a promise.
 */

type Parser = (input: unknown) => Bundle;

const trusted = new WeakSet<object>();
let parser: Parser | undefined;
let loading: Promise<Parser> | undefined;

/** Marks `bundle` as valid, so handing it to any element costs nothing. Only for data checked against the schema. */
export function trust<T extends Bundle>(bundle: T): T {
  trusted.add(bundle);
  return bundle;
}

/** Whether `input` is a bundle already known to be valid. */
export const isTrusted = (input: unknown): input is Bundle =>
  typeof input === 'object' && input !== null && trusted.has(input);

/** Called by the validator module when it loads: from then on foreign bundles are checked synchronously. */
export function provideParser(parse: Parser): void {
  parser = parse;
}

/** Loads the validator (once) and resolves with it. */
export function loadParser(): Promise<Parser> {
  loading ??= parser ? Promise.resolve(parser) : import('./parse.js').then((module) => module.parseBundle);
  return loading;
}

/**
 * The bundle `input`, validated: returned as is when it is trusted, checked synchronously when the validator is
 * loaded, and through a promise while it loads. Throws (or rejects with) a `BundleError` listing every problem.
 */
export function validate(input: unknown): Bundle | Promise<Bundle> {
  if (isTrusted(input)) return input;
  if (parser) return parser(input);
  return loadParser().then((parse) => parse(input));
}
