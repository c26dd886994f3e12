// Runs before `npm run test:browser` (npm's `pretest:browser`): builds what the browser tests import from the build
// (tests/registration/ loads /dist/index.js, /dist/define.js and the CDN file), so a fresh checkout's test run needs
// no `npm run build` first. Skipped when dist/ is newer than every source. Add other pre-test builds here.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const outputs = ['dist/index.js', 'dist/define.js', 'dist/cdn/summit-kit.js'];
const inputs = ['src', 'data', 'package.json', 'rollup.config.mjs', 'tsconfig.json', 'tsconfig.build.json'];

const mtime = (file) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
};
const newest = (path) => {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
};

const built = Math.min(...outputs.map((file) => mtime(file) ?? -Infinity));
if (built > Math.max(...inputs.map(newest))) {
  console.log('pretest:browser: dist/ is up to date');
} else {
  console.log('pretest:browser: building dist/ for the registration tests (rollup -c)');
  execFileSync('npx', ['rollup', '-c', '--silent'], { stdio: 'inherit' });
}
