// The custom-elements manifest (custom-elements.json): Storybook's autodocs, the IDE data and the docs read it.
export default {
  globs: ['src/elements/**/*.ts', 'src/base/summit-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
