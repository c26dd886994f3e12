// Shared by the end-to-end checks: a static file server for the repo and a headless Debian Chromium.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromePath, chromiumArgs } from '../../scripts/browsers.mjs';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/svg+xml',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
};

/** Serves `root` on a free loopback port; `headers(path)` adds response headers (e.g. a CSP) per file. */
export async function serve(root, headers = () => ({})) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', ...headers(path) });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Debian's Chromium, headless, with the repository's flags (`extraArgs` added, e.g. the benchmark's). */
export function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: chromePath,
    args: [...chromiumArgs, ...extraArgs],
  });
}

/**
 * Opens `url` and records every console error, uncaught exception and CSP violation on the page. The browser's own
 * request for /favicon.ico (a page without an icon, as `summit-kit render --page` writes) is answered, not a 404.
 */
export async function openAndWatch(browser, url) {
  const page = await browser.newPage();
  await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console.${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.exposeFunction('__reportViolation', (text) => problems.push(`CSP violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__reportViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}
