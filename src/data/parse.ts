import * as v from 'valibot';
import { BundleError, type BundleIssue } from './errors.js';
import { checkReferences } from './references.js';
import { BundleSchema, type Bundle } from './schema.js';
import { isTrusted, provideParser, trust } from './validate.js';

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out;
}

function describe(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.input === undefined && issue.type !== 'literal') return 'is required';
  if (issue.kind === 'schema' && issue.message.startsWith('Invalid type')) {
    return `expected ${issue.expected ?? 'another type'}, received ${issue.received}`;
  }
  return issue.message;
}

/**
 * Validates anything — an object, or a JSON string — as a summit-kit bundle.
 * @returns the typed bundle (strings trimmed, unknown keys dropped).
 * @throws {BundleError} listing every problem as `{ path, message }`, e.g. `quotes[3].speakerId: no person "xi"`.
 */
export function parseBundle(input: unknown): Bundle {
  // Bundles that already passed (and the shipped default bundle): handing one to another element costs nothing.
  if (isTrusted(input)) return input;
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input) as unknown;
    } catch (error) {
      throw new BundleError([{ path: '', message: `not valid JSON (${(error as Error).message})` }]);
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const got = data === null ? 'null' : Array.isArray(data) ? 'an array' : typeof data;
    throw new BundleError([{ path: '', message: `a bundle must be a JSON object, received ${got}` }]);
  }
  const result = readSafely(() => v.safeParse(BundleSchema, data));
  const issues: BundleIssue[] =
    result.issues?.map((issue) => ({ path: pathOf(issue), message: describe(issue) })) ?? [];
  const seen = new Set(issues.map((i) => `${i.path}|${i.message}`));
  for (const issue of readSafely(() => checkReferences(data))) {
    if (!seen.has(`${issue.path}|${issue.message}`)) issues.push(issue);
  }
  if (issues.length > 0 || !result.success) throw new BundleError(issues.map(clip));
  return trust(result.output);
}

/** A message quotes the bad value (`no person "…"`): a 1 MB id is cut short, not repeated to the reader. */
const clip = (issue: BundleIssue): BundleIssue =>
  issue.message.length > 200 ? { ...issue, message: `${issue.message.slice(0, 199)}…` } : issue;

/** A throwing getter or a hostile Proxy in a `bundle` object becomes a `BundleError`, like any other bad input. */
function readSafely<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    let reason = 'it threw';
    try {
      if (error instanceof Error) reason = error.message.slice(0, 200);
    } catch {
      // An error whose message throws too: keep the plain reason.
    }
    throw new BundleError([{ path: '', message: `the bundle could not be read (${reason})` }]);
  }
}

// This module is the validator `validate()` loads on demand; once it is here, foreign bundles are checked synchronously.
provideParser(parseBundle);
