// Test-server routes for the failure paths a publisher's bundle URL can take, and a corrections endpoint.
// Mounted by web-test-runner.config.mjs under /test-api/.
import { readFileSync } from 'node:fs';

const bundleText = readFileSync(new URL('../data/moscow-summit-2023.json', import.meta.url), 'utf8');
const requests = {};

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

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
