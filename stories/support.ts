/**
 * Story helpers. `LOADING_SRC` is a bundle URL whose fetch never settles, so a story can show an element's loading
 * state (the space it reserves and its "Loading…" status) for as long as the reader looks at it.
 */
export const LOADING_SRC = '/__summit-kit-story__/loading.json';

const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
  String(input instanceof Request ? input.url : input).endsWith(LOADING_SRC)
    ? new Promise<Response>(() => undefined)
    : realFetch(input, init);
