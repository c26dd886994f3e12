import js from '@eslint/js';
import litPlugin from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'node_modules/',
      'custom-elements.json',
      'coverage/',
      'examples/react/app.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs', 'tests/*.mjs', '.storybook/*.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'tests/**/*.ts'],
    ...litPlugin.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'tests/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    rules: { '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }] },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'tests/**/*.ts'],
    rules: {
      'lit/no-template-bind': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/attribute-names': 'error',
      'lit/no-native-attributes': 'error',
    },
  },
  {
    // Bytes: a member only its class uses is an ES private name (`#name`), which the minifier shortens in every build;
    // TypeScript's `private` keeps the full name. Lit's reactive state stays `private`: Lit needs its name.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: ':matches(PropertyDefinition, MethodDefinition, TSParameterProperty)[accessibility="private"]',
          message: 'Use an ES private name (#name), which the minifier shortens; reactive state only stays `private`.',
        },
      ],
    },
  },
  {
    // Safe by construction: these APIs break strict-CSP pages or bypass Lit's escaping.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Text bindings only.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'Text bindings only.' },
            { name: 'lit/directives/style-map.js', message: 'No inline styles (strict CSP).' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Text bindings only.' },
        { property: 'outerHTML', message: 'Text bindings only.' },
        { property: 'insertAdjacentHTML', message: 'Text bindings only.' },
      ],
    },
  },
  {
    // @open-wc/semantic-dom-diff types chai's equal as a Promise.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.mjs', 'scripts/**', 'bin/**', 'tests/*.mjs', '*.config.*'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', fetch: 'readonly' },
    },
  },
  {
    // The benchmark's in-page code (bench/harness.js, the vanilla reference) runs in the browser.
    files: ['bench/**/*.js'],
    languageOptions: {
      globals: Object.fromEntries(
        [
          'document',
          'window',
          'customElements',
          'performance',
          'requestAnimationFrame',
          'requestIdleCallback',
          'setTimeout',
          'Node',
          'URL',
          'HTMLElement',
          'CSSStyleSheet',
          'CustomEvent',
          'MutationObserver',
          'MessageChannel',
          'ResizeObserver',
          'getComputedStyle',
        ].map((name) => [name, 'readonly']),
      ),
    },
  },
  {
    // End-to-end checks pass functions to the browser (page.evaluate), where these exist.
    files: [
      'tests/e2e/**',
      'scripts/bench.mjs',
      'scripts/bench-ab.mjs',
      'scripts/bench-floor.mjs',
      'bench/session.mjs',
      'scripts/check-package.mjs',
    ],
    languageOptions: {
      globals: {
        document: 'readonly',
        window: 'readonly',
        customElements: 'readonly',
        structuredClone: 'readonly',
        requestAnimationFrame: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },
);
