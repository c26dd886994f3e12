// Finds the browsers the tests run in: Debian's Chromium (or CHROME_PATH) and Firefox ESR (or FIREFOX_PATH).
// Imported by web-test-runner.config.mjs; run directly (`node scripts/browsers.mjs`) it fails fast with one line.
import { existsSync } from 'node:fs';

export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Chromium flags for a root user on a machine with no network but the package registries. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function missingBrowsers() {
  const missing = [];
  if (!existsSync(chromePath))
    missing.push(`Chromium not found at ${chromePath}: run 'apt-get install chromium' or set CHROME_PATH.`);
  if (!existsSync(firefoxPath))
    missing.push(`Firefox ESR not found at ${firefoxPath}: run 'apt-get install firefox-esr' or set FIREFOX_PATH.`);
  return missing;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const missing = missingBrowsers();
  for (const line of missing) console.error(line);
  process.exit(missing.length ? 1 : 0);
}
