// The custom-elements manifest (custom-elements.json) and, generated from it, the editor data: VS Code custom data,
// JetBrains web-types and JSX typings for React. Storybook's autodocs read the manifest too.
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

const outdir = 'dist/ide';
const SHARED = 'src/base/tokens.ts';

/** A string-literal value in the analyzer's TypeScript AST (through `as const` and the like). */
const literal = (ts, node) => {
  while (ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node))
    node = node.expression;
  return node;
};

/** `light-dark(#a, #b)` reads "#a (dark: #b)" in the docs; anything else as it is. */
const readable = (fallback) => fallback.replace(/^light-dark\((.+?),\s*(.+)\)$/, '$1 (dark: $2)');

/**
 * What every summit element shares, written once in `src/base/tokens.ts`: the global tokens (added to each element's
 * `cssProperties`, so the manifest keeps listing them per element) and the type of `summit-error` (filled in where
 * an element's `@fires summit-error - …` line gives only its own description).
 */
function sharedDocsPlugin() {
  let tokens = [];
  let errorType = '';
  return {
    name: 'summit-shared-docs',
    analyzePhase({ ts, node, moduleDoc }) {
      if (moduleDoc.path.replace(/^\.\//, '') !== SHARED || !ts.isVariableStatement(node)) return;
      for (const declaration of node.declarationList.declarations) {
        const value = literal(ts, declaration.initializer);
        if (declaration.name.getText() === 'errorEventType') errorType = value.text;
        if (declaration.name.getText() === 'tokens')
          tokens = value.elements.map((element) =>
            Object.fromEntries(
              literal(ts, element).properties.map((p) => [p.name.getText(), literal(ts, p.initializer).text]),
            ),
          );
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      if (!tokens.length || !errorType) throw new Error(`summit-shared-docs: no tokens or error type in ${SHARED}`);
      const modules = customElementsManifest.modules;
      customElementsManifest.modules = modules.filter((m) => m.path.replace(/^\.\//, '') !== SHARED);
      for (const declaration of modules.flatMap((m) => m.declarations ?? [])) {
        if (!declaration.customElement) continue;
        const own = declaration.cssProperties ?? [];
        declaration.cssProperties = [
          ...tokens
            .filter((t) => !own.some((p) => p.name === t.name))
            .map((t) => ({ name: t.name, default: readable(t.fallback), description: t.description })),
          ...own,
        ];
        const events = (declaration.events ??= []);
        let error = events.find((e) => e.name === 'summit-error');
        if (!error) events.push((error = { name: 'summit-error', description: 'The bundle could not be loaded.' }));
        error.type ??= { text: errorType };
      }
    },
  };
}

/**
 * Lit's internal reactive state (`state: true` in `static properties`) is not public surface: the analyzer reads every
 * entry of `static properties` as an attribute, so the state entries are taken out of their class's members and
 * attributes again. (It also marks those properties `privacy: public`, the default, which is dropped to match the
 * other members.)
 */
function litStatePlugin() {
  const state = new Map();
  return {
    name: 'summit-lit-state',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
        const value = member.initializer && literal(ts, member.initializer);
        if (!value || !ts.isObjectLiteralExpression(value)) continue;
        const names = value.properties
          .filter(
            (p) =>
              ts.isPropertyAssignment(p) &&
              ts.isObjectLiteralExpression(p.initializer) &&
              p.initializer.properties.some(
                (o) => o.name?.getText() === 'state' && o.initializer?.kind === ts.SyntaxKind.TrueKeyword,
              ),
          )
          .map((p) => p.name.getText());
        if (names.length) state.set(node.name.getText(), new Set(names));
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
        for (const member of declaration.members ?? []) if (member.privacy === 'public') delete member.privacy;
        const names = state.get(declaration.name);
        if (!names) continue;
        declaration.members = declaration.members?.filter((m) => !names.has(m.name));
        declaration.attributes = declaration.attributes?.filter((a) => !names.has(a.fieldName ?? a.name));
      }
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts', 'src/base/summit-element.ts', SHARED],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    litStatePlugin(),
    sharedDocsPlugin(),
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
