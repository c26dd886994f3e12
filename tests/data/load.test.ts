import { expect } from '@open-wc/testing';
import { clearBundleCache, loadBundle } from '../../src/data/load.js';
import { cloneBundle, fakeTimeouts, heldFetch } from '../helpers.js';

const URL_A = 'https://bundles.example/a.json';

/** The message a promise rejects with ('resolved' when it does not). */
const reason = (promise: Promise<unknown>): Promise<string> =>
  promise.then(
    () => 'resolved',
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );

describe('loadBundle: one request shared by its callers', () => {
  let fetches: ReturnType<typeof heldFetch>;
  let clock: ReturnType<typeof fakeTimeouts> | undefined;
  beforeEach(() => {
    clearBundleCache();
    fetches = heldFetch();
  });
  afterEach(() => {
    fetches.restore();
    clock?.restore();
    clock = undefined;
    clearBundleCache();
  });

  it('makes one request for two callers, and both get the bundle', async () => {
    const first = loadBundle(URL_A);
    const second = loadBundle(URL_A);
    expect(fetches.requests.map((r) => r.url)).to.deep.equal([URL_A]);
    fetches.requests[0]!.respond(cloneBundle());
    const [a, b] = await Promise.all([first, second]);
    expect(a.article.headline).to.contain('Moscow summit');
    expect(b).to.equal(a);
  });

  it('keeps the request while one caller still waits, and aborts it when the last one leaves', async () => {
    const one = new AbortController();
    const two = new AbortController();
    const first = loadBundle(URL_A, { signal: one.signal });
    const second = loadBundle(URL_A, { signal: two.signal });
    const request = fetches.requests[0]!;
    one.abort(new Error('first left'));
    expect(await reason(first)).to.contain('first left');
    expect(request.signal!.aborted).to.equal(false);
    two.abort(new Error('second left'));
    expect(await reason(second)).to.contain('second left');
    expect(request.signal!.aborted).to.equal(true);
    // Forgotten once aborted: the next caller starts a new request.
    void loadBundle(URL_A).catch(() => undefined);
    expect(fetches.requests).to.have.length(2);
  });

  it('times each caller out on its own, without stopping the request for the others', async () => {
    clock = fakeTimeouts();
    const quick = loadBundle(URL_A, { timeoutMs: 100 });
    const patient = loadBundle(URL_A, { timeoutMs: 5000 });
    expect(clock.delays()).to.deep.equal([100, 5000]);
    clock.tick(100);
    expect(await reason(quick)).to.contain('took longer than 0.1 s');
    expect(fetches.requests[0]!.signal!.aborted).to.equal(false);
    fetches.requests[0]!.respond(cloneBundle());
    expect((await patient).people.length).to.be.greaterThan(0);
    expect(clock.delays()).to.deep.equal([]);
  });

  it('aborts the request when the only caller times out', async () => {
    clock = fakeTimeouts();
    const only = loadBundle(URL_A, { timeoutMs: 100 });
    clock.tick(100);
    expect(await reason(only)).to.contain('took longer than 0.1 s');
    expect(fetches.requests[0]!.signal!.aborted).to.equal(true);
  });

  it('serves a later caller from the finished request, without asking again', async () => {
    const first = loadBundle(URL_A);
    fetches.requests[0]!.respond(cloneBundle());
    const bundle = await first;
    expect(await loadBundle(URL_A)).to.equal(bundle);
    expect(fetches.requests).to.have.length(1);
  });

  it('refuses what is not an http(s) URL without a request', async () => {
    expect(await reason(loadBundle('javascript:alert(1)'))).to.contain('only from http(s) URLs');
    expect(fetches.requests).to.have.length(0);
  });
});
