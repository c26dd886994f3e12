// The package as a publisher gets it: pack it, lint it with publint and Are-the-Types-Wrong, check what the tarball
// holds, then install it into an empty project and use it from Node. Fails on any error.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { launch, openAndWatch, serve } from '../tests/e2e/browser.mjs';

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
    'dist/embed/index.html',
    'dist/embed/embed.js',
    'dist/embed/resize.js',
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

  // Stylesheets have no types to check. attw's JSON report (several hundred KB) goes to a file: attw exits before a
  // pipe drains, which cut the report short on CI.
  const stylesheets = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).exports).filter((entry) =>
    entry.endsWith('.css'),
  );
  const report = join(work, 'attw.json');
  const reportFd = openSync(report, 'w');
  const attw = spawnSync(
    'npx',
    ['attw', tarball, '--profile', 'esm-only', '--format', 'json', '--exclude-entrypoints', ...stylesheets],
    { stdio: ['ignore', reportFd, 'inherit'] },
  );
  closeSync(reportFd);
  const analysis = JSON.parse(readFileSync(report, 'utf8')).analysis;
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

  // Its types, as a TypeScript + React project sees them: the element classes, the data API and the JSX typings.
  writeFileSync(
    join(app, 'types.ts'),
    `import type { CustomElements } from 'summit-kit/jsx';
    import { parseBundle, type Bundle } from 'summit-kit/data';
    import type { QuoteCard } from 'summit-kit/elements.js';
    const props: CustomElements['reaction-panel'] = {
      parties: 'ukraine',
      'onsummit-reaction-change': (e) => e.detail.id.toUpperCase(),
    };
    const card: QuoteCard | null = document.querySelector('quote-card');
    const bundle: Bundle = parseBundle({});
    export { props, card, bundle };`,
  );
  const tsc = spawnSync(
    process.execPath,
    [
      resolve('node_modules/typescript/bin/tsc'),
      '--noEmit',
      '--strict',
      '--skipLibCheck',
      'false',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2022',
      '--lib',
      'es2022,dom',
      'types.ts',
    ],
    { cwd: app, encoding: 'utf8' },
  );
  if (tsc.status !== 0) fail(`the package's types do not check in a consumer project:\n${tsc.stdout}${tsc.stderr}`);
  console.log('types: the classes, summit-kit/data and summit-kit/jsx type-check in a strict consumer project');

  // And in a page: the installed package, bundled as a publisher's build would, renders an element in Chromium.
  writeFileSync(join(app, 'page.js'), "import 'summit-kit';\n");
  writeFileSync(
    join(app, 'index.html'),
    '<!doctype html><title>app</title><link rel="icon" href="data:,"><quote-card quote="blinken-not-fooled"></quote-card><script type="module" src="out.js"></script>',
  );
  await build({
    entryPoints: [join(app, 'page.js')],
    bundle: true,
    format: 'esm',
    outfile: join(app, 'out.js'),
    logLevel: 'silent',
  });
  const server = await serve(app);
  const browser = await launch();
  try {
    const { page, problems } = await openAndWatch(browser, `${server.origin}/index.html`);
    const text = await page
      .waitForFunction(() => document.querySelector('quote-card')?.shadowRoot?.querySelector('blockquote')?.textContent)
      .then((handle) => handle.jsonValue());
    if (!/fooled by any tactical move/.test(text) || problems.length)
      fail(`element did not render cleanly: ${problems}`);
    console.log('page: the installed package, bundled by esbuild, renders <quote-card> in Chromium');
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
