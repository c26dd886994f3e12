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
  const result = v.safeParse(BundleSchema, data);
  const issues: BundleIssue[] =
    result.issues?.map((issue) => ({ path: pathOf(issue), message: describe(issue) })) ?? [];
  const seen = new Set(issues.map((i) => `${i.path}|${i.message}`));
  for (const issue of checkReferences(data)) if (!seen.has(`${issue.path}|${issue.message}`)) issues.push(issue);
  if (issues.length > 0 || !result.success) throw new BundleError(issues);
  return trust(result.output);
}

// This module is the validator `validate()` loads on demand; once it is here, foreign bundles are checked synchronously.
provideParser(parseBundle);
