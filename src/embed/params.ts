/**
 * Reads and writes the embed page's URL parameters (`?el=quote-card&quote=daly-peacemaker&theme=dark`), checked
 * against the one allow-list. The embed page, the `embed-url` command and `embedCode()` all go through here. No DOM.
 */
import {
  attributesOf,
  EMBEDDABLE,
  NOT_EMBEDDABLE,
  PAGE_PARAMETERS,
  type AttributeKind,
  type EmbedTheme,
} from './allow-list.js';
import type { BundleIssue } from '../data/errors.js';

/** What a valid embed URL asks for. */
export interface EmbedRequest {
  /** The element to render, e.g. `quote-card`. */
  tag: string;
  /** Its attributes, as they will be set (`''` for a boolean attribute that is on). */
  attributes: Record<string, string>;
  /** The colour scheme the page declares (`auto` unless `theme` says otherwise). */
  theme: EmbedTheme;
  /** Where a `<summit-corrections>` around the element POSTs, when the URL asks for one. */
  corrections?: string;
  /** The id a Pym.js parent knows this frame by (its `childId` parameter). */
  childId?: string;
}

/** One problem with an embed URL: the parameter (`path`) and a readable sentence that names it. */
export type EmbedIssue = BundleIssue;

export type EmbedParse = { ok: true; request: EmbedRequest } | { ok: false; issues: EmbedIssue[] };

const MAX_TEXT = 500;
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;

const quoted = (value: string): string => JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);

export const isHttpUrl = (value: string): boolean => {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
};

/** Checks one value; returns the value to set (`null`: leave the attribute off) or a readable problem. */
function check(name: string, kind: AttributeKind, value: string): { value: string | null } | { issue: string } {
  if (kind === 'boolean') {
    if (value === '' || value === 'true') return { value: '' };
    if (value === 'false') return { value: null };
    return { issue: `${name} is on or off: give it no value, true or false (not ${quoted(value)}).` };
  }
  if (kind === 'url') {
    return isHttpUrl(value) ? { value } : { issue: `${name} must be an absolute http(s) URL (not ${quoted(value)}).` };
  }
  if (kind === 'text') {
    if (value.length > MAX_TEXT) return { issue: `${name} is longer than ${MAX_TEXT} characters.` };
    if (CONTROL.test(value)) return { issue: `${name} contains a control character.` };
    return { value };
  }
  if (Array.isArray(kind)) {
    const list = kind as readonly string[];
    return list.includes(value)
      ? { value }
      : { issue: `${name} must be one of ${list.join(', ')} (not ${quoted(value)}).` };
  }
  const { min, max } = kind as { min: number; max: number };
  const number = /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  return number >= min && number <= max
    ? { value: String(number) }
    : { issue: `${name} must be a whole number from ${min} to ${max} (not ${quoted(value)}).` };
}

/** Reads an embed URL's parameters. Anything not in the allow-list is an issue; nothing is silently dropped. */
export function parseEmbedParams(input: URLSearchParams | string): EmbedParse {
  const params = typeof input === 'string' ? new URLSearchParams(input) : input;
  const issues: EmbedIssue[] = [];
  const seen = new Set<string>();
  for (const name of params.keys()) {
    if (seen.has(name)) issues.push({ path: name, message: `${name} is given more than once.` });
    seen.add(name);
  }

  const tag = params.get('el') ?? '';
  const allowed = attributesOf(tag);
  if (!allowed) {
    const known = Object.keys(EMBEDDABLE).join(', ');
    issues.push({
      path: 'el',
      message:
        tag === ''
          ? `Say which element to show with el=…: one of ${known}.`
          : Object.hasOwn(NOT_EMBEDDABLE, tag)
            ? `${tag} cannot be embedded on its own: it is ${NOT_EMBEDDABLE[tag] ?? ''}.`
            : `There is no element ${quoted(tag)} to embed: use one of ${known}.`,
    });
    return { ok: false, issues };
  }

  const request: EmbedRequest = { tag, attributes: {}, theme: 'auto' };
  for (const [name, raw] of params) {
    if (name === 'el') continue;
    const kind = Object.hasOwn(allowed, name)
      ? allowed[name]
      : Object.hasOwn(PAGE_PARAMETERS, name)
        ? PAGE_PARAMETERS[name]
        : undefined;
    if (!kind) {
      issues.push({
        path: name,
        message: `${tag} has no attribute ${quoted(name)}: use ${Object.keys(allowed).join(', ')}.`,
      });
      continue;
    }
    const result = check(name, kind, raw);
    if ('issue' in result) {
      issues.push({ path: name, message: result.issue });
      continue;
    }
    if (result.value === null) continue;
    if (name === 'corrections') request.corrections = result.value;
    else if (name === 'childId') request.childId = result.value;
    else if (Object.hasOwn(allowed, name)) {
      request.attributes[name] = result.value;
      if (name === 'theme') request.theme = result.value as EmbedTheme;
    }
  }
  return issues.length ? { ok: false, issues } : { ok: true, request };
}

/** Values an author passes for an attribute: `true` turns a boolean attribute on, `false` leaves it off. */
export type AttributeValue = string | number | boolean;

/**
 * The query string for an element and its attributes (`el=quote-card&quote=…`), checked with the same rules the
 * embed page applies. Throws an `EmbedError` listing every problem.
 */
export function embedSearch(
  tag: string,
  attributes: Readonly<Record<string, AttributeValue>> = {},
  page: { corrections?: string } = {},
): URLSearchParams {
  const params = new URLSearchParams({ el: tag });
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false) continue;
    params.append(name, value === true ? '' : String(value));
  }
  if (page.corrections !== undefined) params.append('corrections', page.corrections);
  const parsed = parseEmbedParams(params);
  if (!parsed.ok) throw new EmbedError(parsed.issues);
  return params;
}

/** A request the embed page would refuse; `issues` says why, one readable sentence each. */
export class EmbedError extends Error {
  readonly issues: EmbedIssue[];
  constructor(issues: EmbedIssue[]) {
    super(issues.map((issue) => issue.message).join(' '));
    this.name = 'EmbedError';
    this.issues = issues;
  }
}
