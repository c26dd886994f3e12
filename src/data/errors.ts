/** One problem in a bundle: where it is (`quotes[3].speakerId`) and what is wrong. */
export interface BundleIssue {
  path: string;
  message: string;
}

/** Codes carried by `summit-error` and by {@link SummitError}. */
export type SummitErrorCode =
  | 'invalid-bundle'
  | 'invalid-json'
  | 'http-error'
  | 'network-error'
  | 'timeout'
  | 'too-large'
  | 'invalid-url'
  | 'unknown-id'
  | 'no-bundle'
  | 'correction-failed'
  | 'invalid-embed';

/** An error that summit-kit shows to the reader and reports through `summit-error`. */
export class SummitError extends Error {
  override name = 'SummitError';
  constructor(
    readonly code: SummitErrorCode,
    message: string,
    readonly issues?: readonly BundleIssue[],
  ) {
    super(message);
  }
}

const SHOWN = 3;

/** Thrown by `parseBundle`: every problem found, each with its path. */
export class BundleError extends SummitError {
  override name = 'BundleError';
  constructor(
    override readonly issues: readonly BundleIssue[],
    /** Where the bundle came from (a URL), when it was fetched. */
    readonly source?: string,
  ) {
    super('invalid-bundle', BundleError.describe(issues, source), issues);
  }

  /** "Invalid bundle (url): a: …; b: … (and 2 more problems)" — the first failing paths, readable. */
  static describe(issues: readonly BundleIssue[], source?: string): string {
    const first = issues.slice(0, SHOWN).map(formatIssue).join('; ');
    const rest = issues.length - SHOWN;
    return `Invalid bundle${source ? ` at ${source}` : ''}: ${first}${rest > 0 ? ` (and ${rest} more problem${rest === 1 ? '' : 's'})` : ''}`;
  }
}

export const formatIssue = ({ path, message }: BundleIssue): string => (path ? `${path}: ${message}` : message);
