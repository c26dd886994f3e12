// What `npm start` runs, as a newcomer runs it: Storybook's dev server (Vite, not the static build) on a free port,
// then every story and docs page opened in Chromium. The static build alone once hid a dev server whose every
// preview spun forever (a `staticDirs` entry shadowed Vite's transform of the default bundle's JSON import).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { describeStorybook } from './storybook-pages.mjs';

const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/** Starts `storybook dev` (the command `npm start` runs) and resolves once its index answers. */
async function startDevServer() {
  const port = await freePort();
  const child = spawn(
    'node_modules/.bin/storybook',
    ['dev', '--port', String(port), '--host', '127.0.0.1', '--no-open', '--ci', '--quiet'],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const origin = `http://127.0.0.1:${port}`;
  const close = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', resolve);
      process.kill(-child.pid, 'SIGTERM');
    });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`storybook dev exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${origin}/index.json`);
      if (response.ok) return { origin, close, index: await response.json() };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await close();
      throw new Error(`storybook dev did not answer within 120 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const server = await startDevServer();
describeStorybook('Storybook dev server (npm start)', { server, index: server.index });
