/**
 * Loaded before every test file (web-test-runner.config.mjs, testRunnerHtml): a test fails when Lit printed a
 * dev-mode warning during it (a binding on a wrong property, a change-in-update, …), not only the suite's log.
 */
const warnings: string[] = [];
const warn = console.warn.bind(console);

console.warn = (...args: unknown[]) => {
  const text = args.map(String).join(' ');
  if (text.includes('lit.dev/msg/') && !text.includes('dev-mode')) warnings.push(text);
  warn(...args);
};

afterEach(function failOnLitWarnings() {
  if (warnings.length === 0) return;
  const found = warnings.splice(0);
  throw new Error(`Lit warned during this test:\n${found.join('\n')}`);
});
