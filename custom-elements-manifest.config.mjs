// The custom-elements manifest (custom-elements.json) and, generated from it, the editor data: VS Code custom data,
// JetBrains web-types and JSX typings for React. Storybook's autodocs read the manifest too.
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

const outdir = 'dist/ide';

export default {
  globs: ['src/elements/**/*.ts', 'src/base/summit-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    customElementVsCodePlugin({
      outdir,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({ outdir, packageJson: false, hideLogs: true }),
    customElementJsxPlugin({
      outdir,
      fileName: 'jsx.d.ts',
      componentTypePath: (_name, tag) => `../elements/${tag}/${tag}.js`,
      hideLogs: true,
    }),
  ],
};
