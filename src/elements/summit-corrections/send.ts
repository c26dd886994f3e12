import type { SummitCorrectionDetail } from '../../base/events.js';
import type { SendProblem } from '../../locales/en.js';

/**
 * A POST that did not go through: `problem` is the short reason reported to the page ("HTTP 503"); `kind` and
 * `status` (the HTTP status, or the timeout in seconds) let the dialog say it in the reader's language.
 */
export class SendError extends Error {
  constructor(
    readonly problem: string,
    readonly kind: SendProblem,
    readonly status = 0,
  ) {
    super(problem);
    this.name = 'SendError';
  }
}

/**
 * POSTs one correction as JSON. Resolves when the endpoint answered 2xx; rejects with a {@link SendError} on an
 * HTTP error, a network error or no answer within `timeoutMs`; rejects with the signal's reason once `signal` aborts.
 */
export async function postCorrection(
  url: string,
  detail: SummitCorrectionDetail,
  { signal, timeoutMs }: { signal: AbortSignal; timeoutMs: number },
): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(detail),
      signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
    });
  } catch (error) {
    if (signal.aborted) throw signal.reason as Error;
    if ((error as Error).name === 'TimeoutError')
      throw new SendError(`no answer within ${timeoutMs / 1000} s`, 'timeout', timeoutMs / 1000);
    throw new SendError('network error', 'network');
  }
  if (!response.ok) throw new SendError(`HTTP ${response.status}`, 'http', response.status);
}
