import type { SummitCorrectionDetail } from '../../base/events.js';

/** A POST that did not go through; `problem` is the short reason shown to the reader ("HTTP 503"). */
export class SendError extends Error {
  constructor(readonly problem: string) {
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
    if ((error as Error).name === 'TimeoutError') throw new SendError(`no answer within ${timeoutMs / 1000} s`);
    throw new SendError('network error');
  }
  if (!response.ok) throw new SendError(`HTTP ${response.status}`);
}
