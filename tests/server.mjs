// Test-server routes for the failure paths a publisher's bundle URL can take, and a corrections endpoint.
// Mounted by web-test-runner.config.mjs under /test-api/.
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { Readable } from 'node:stream';
import { setImmediate } from 'node:timers';

const bundleText = readFileSync(new URL('../data/moscow-summit-2023.json', import.meta.url), 'utf8');
const requests = {};

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Gates the tests open by name (`/test-api/release?id=`): a response held until the test says, not a timer. */
const gates = new Map();
const gate = (id) => {
  if (!gates.has(id)) {
    let open;
    const promise = new Promise((resolve) => (open = resolve));
    gates.set(id, { promise, open });
  }
  return gates.get(id);
};

/** Requests whose client went away before the response finished, by key, and who waits to hear of it. */
const aborted = new Map();
const abortWaiters = new Map();
function watchAbort(ctx, key) {
  // Not kept alive: Chromium drains a cancelled body on a reusable connection (to reuse it), so a 20 MB response could
  // be read to its end after the element gave up and the server would never see the abort. Seen once in CI.
  ctx.set('Connection', 'close');
  ctx.res.once('close', () => {
    if (ctx.res.writableFinished) return;
    requests[`aborted:${key}`] = (requests[`aborted:${key}`] ?? 0) + 1;
    aborted.set(key, true);
    for (const wake of abortWaiters.get(key) ?? []) wake(true);
    abortWaiters.delete(key);
  });
}
/** Resolves true once `key` was aborted by its client, false after `ms` (so a failing test ends, not hangs). */
function whenAborted(key, ms) {
  if (aborted.get(key)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const list = abortWaiters.get(key) ?? [];
    list.push(resolve);
    abortWaiters.set(key, list);
    setTimeout(() => resolve(false), ms).unref();
  });
}

const MB = 1024 * 1024;
let huge;
/** A 20 MB JSON-ish body, made once. */
const hugeBody = () => (huge ??= Buffer.alloc(20 * MB, 0x20));
/** The same 20 MB streamed in 64 KB chunks as the client reads them (so a client that stops is seen to stop). */
function hugeStream() {
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= 20 * MB) this.push(null);
      else setImmediate(() => this.push(hugeBody().subarray(sent, (sent += 64 * 1024))));
    },
  });
}

/** Writes `text` one small chunk per `every` ms until done or the client leaves: a slow drip, not a stall. */
function drip(text, every) {
  let at = 0;
  return new Readable({
    read() {
      if (at >= text.length) {
        this.push(null);
        return;
      }
      const chunk = text.slice(at, (at += 16));
      setTimeout(() => this.push(chunk), every).unref();
    },
  });
}

/** @type {import('@web/dev-server-core').Middleware} */
export async function testApi(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/test-api/')) return next();
  const route = url.pathname.slice('/test-api/'.length);
  // Counted by path and query: each test (and each browser, which share this server) asks with its own `?run=`.
  const key = `${url.pathname}${url.search}`;
  requests[key] = (requests[key] ?? 0) + 1;
  switch (route) {
    case 'count':
      ctx.body = JSON.stringify(requests[url.searchParams.get('of')] ?? 0);
      ctx.type = 'json';
      return;
    case 'bundle.json':
    case 'bundle-b.json':
      ctx.type = 'json';
      ctx.body = route === 'bundle-b.json' ? bundleText.replace('"Moscow"', '"Beijing"') : bundleText;
      return;
    case 'slow.json':
      // A client that gives up (an aborted fetch) closes the response before it is written: count that too.
      ctx.res.once('close', () => {
        if (!ctx.res.writableFinished) requests[`aborted:${key}`] = (requests[`aborted:${key}`] ?? 0) + 1;
      });
      await delay(Number(url.searchParams.get('ms') ?? 3000));
      ctx.type = 'json';
      ctx.body = bundleText;
      return;
    // Held until `/test-api/release?id=<id>`; `as=b` answers with a bundle that names Robert Daly "(bundle B)".
    case 'gate.json': {
      watchAbort(ctx, key);
      await gate(url.searchParams.get('id')).promise;
      ctx.type = 'json';
      ctx.body =
        url.searchParams.get('as') === 'b'
          ? bundleText.replace('"Robert Daly"', '"Robert Daly (bundle B)"')
          : bundleText;
      return;
    }
    case 'release':
      gate(url.searchParams.get('id')).open();
      ctx.body = 'true';
      ctx.type = 'json';
      return;
    // Answers true once the request `of` was aborted by the browser (false after `ms`, default 5 s).
    case 'aborted':
      ctx.body = JSON.stringify(
        await whenAborted(url.searchParams.get('of'), Number(url.searchParams.get('ms') ?? 5000)),
      );
      ctx.type = 'json';
      return;
    case 'drip.json':
      watchAbort(ctx, key);
      ctx.type = 'json';
      ctx.body = drip(bundleText, Number(url.searchParams.get('every') ?? 100));
      return;
    // 20 MB: with a Content-Length, or (`chunked=1`) streamed without one.
    case 'huge.json':
      watchAbort(ctx, key);
      ctx.type = 'json';
      ctx.body = url.searchParams.get('chunked') === '1' ? hugeStream() : hugeBody();
      return;
    case 'no-content.json':
      ctx.status = 204;
      return;
    case 'empty.json':
      ctx.status = 200;
      ctx.type = 'json';
      ctx.body = '';
      return;
    case 'invalid.json':
      ctx.type = 'json';
      ctx.body = '{"version": 1, "article": {';
      return;
    // The valid bundle under a wrong content type (`type=text/html`, `application/octet-stream`, …).
    case 'typed.json':
      ctx.set('content-type', url.searchParams.get('type') ?? 'application/octet-stream');
      ctx.body = bundleText;
      return;
    // A URL on a port where nothing listens (a server is opened on a free port and closed again).
    case 'refused-url': {
      const server = createServer();
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address();
      await new Promise((resolve) => server.close(resolve));
      ctx.type = 'json';
      ctx.body = JSON.stringify(`http://127.0.0.1:${port}/bundle.json`);
      return;
    }
    case 'not-found.json':
      ctx.status = 404;
      ctx.body = 'Not Found';
      return;
    case 'server-error.json':
      ctx.status = 500;
      ctx.body = 'Internal Server Error';
      return;
    case 'not-json.json':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Oops</title>';
      return;
    case 'wrong-shape.json':
      ctx.type = 'json';
      ctx.body = JSON.stringify({ version: 1, quotes: [{ id: 'x', speakerId: 'xi' }] });
      return;
    case 'corrections':
      if (ctx.method !== 'POST') {
        ctx.status = 405;
        return;
      }
      if (url.searchParams.get('fail') === '1') {
        ctx.status = 503;
        ctx.body = 'Service Unavailable';
        return;
      }
      ctx.status = 201;
      ctx.type = 'json';
      ctx.body = '{"ok":true}';
      return;
    default:
      ctx.status = 404;
  }
}
