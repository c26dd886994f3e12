// The package as a publisher gets it: pack it, lint it with publint and Are-the-Types-Wrong, check what the tarball
// holds, then install it into an empty project and use it from Node. Fails on any error.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const work = mkdtempSync(join(tmpdir(), 'summit-pack-'));
const npm = (args, cwd = '.') =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const fail = (message) => {
  console.error(`check-package: ${message}`);
  process.exit(1);
};

try {
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work]));
  const tarball = join(work, packed.filename);
  const files = packed.files.map((f) => f.path);
  console.log(`packed ${packed.filename}: ${files.length} files, ${(packed.size / 1024).toFixed(1)} KB`);

  // What ships, and what must not.
  const must = [
    'dist/index.js',
    'dist/index.d.ts',
    'dist/data/index.js',
    'dist/define/quote-card.js',
    'dist/elements/quote-card/quote-card.js',
    'dist/cdn/summit-kit.js',
    'dist/cdn/summit-kit-lite.js',
    'dist/ide/vscode.html-custom-data.json',
    'dist/ide/web-types.json',
    'dist/ide/jsx.d.ts',
    'data/moscow-summit-2023.json',
    'data/bundle.schema.json',
    'custom-elements.json',
    'bin/summit-kit.js',
    'README.md',
    'package.json',
  ];
  const missing = must.filter((f) => !files.includes(f));
  if (missing.length) fail(`tarball lacks ${missing.join(', ')}`);
  const stray = files.filter((f) => /^(src|tests|stories|scripts|examples|\.storybook|\.ci)\/|\.map$|\.tgz$/.test(f));
  if (stray.length) fail(`tarball should not ship ${stray.join(', ')}`);

  const publint = spawnSync('npx', ['publint', 'run', tarball, '--level', 'warning'], { encoding: 'utf8' });
  console.log(`publint: ${(publint.stdout + publint.stderr).trim()}`);
  if (publint.status !== 0) fail('publint reported an error');

  const attw = spawnSync('npx', ['attw', tarball, '--profile', 'esm-only', '--format', 'json'], { encoding: 'utf8' });
  const analysis = JSON.parse(attw.stdout).analysis;
  const entrypoints = Object.keys(analysis.entrypoints ?? {});
  const problems = (analysis.problems ?? []).filter(
    (problem) => !['node10', 'node16-cjs'].includes(problem.resolutionKind),
  );
  console.log(`attw (esm-only profile): ${entrypoints.length} entrypoints, ${problems.length} problems`);
  for (const problem of problems)
    console.log(`  ${problem.kind}: ${problem.entrypoint ?? ''} (${problem.resolutionKind ?? ''})`);
  if (attw.status !== 0 || problems.length) fail('Are the Types Wrong reported a problem');

  // A newcomer's project: install the tarball, validate the default bundle from Node, run the bin.
  const app = join(work, 'app');
  execFileSync('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  npm(['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', resolve(tarball)], app);
  const use = `
    import { parseBundle } from 'summit-kit/data';
    import { readFileSync } from 'node:fs';
    const url = new URL(import.meta.resolve('summit-kit/data/moscow-summit-2023.json'));
    const bundle = parseBundle(JSON.parse(readFileSync(url, 'utf8')));
    console.log(bundle.takeaways.length + ' takeaways');`;
  writeFileSync(join(app, 'use.mjs'), use);
  const out = execFileSync(process.execPath, ['use.mjs'], { cwd: app, encoding: 'utf8' }).trim();
  if (out !== '7 takeaways') fail(`installed package did not load its data: ${out}`);
  const cli = spawnSync(
    join(app, 'node_modules/.bin/summit-kit'),
    ['validate', 'node_modules/summit-kit/data/moscow-summit-2023.json'],
    {
      cwd: app,
      encoding: 'utf8',
    },
  );
  if (cli.status !== 0) fail(`installed bin failed: ${cli.stderr}`);
  console.log(`installed into an empty project: summit-kit/data loads (${out}); the summit-kit bin validates`);
  const manifest = JSON.parse(readFileSync(join(app, 'node_modules/summit-kit/custom-elements.json'), 'utf8'));
  console.log(`manifest: ${manifest.modules.length} modules`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
