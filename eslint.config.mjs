// ESLint over every TypeScript and JavaScript file of the project: typescript-eslint's recommended rules,
// type-checked where the project's tsconfig covers the file. `npm run lint`; `npm test` runs it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'test-results/**', '.vscode-test/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Finding control characters in log text is this project's job (inert text, hostile-input tests).
  {
    rules: {
      'no-control-regex': 'off',
      // `{ start: _s, ...rest }` leaves out a property on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeCheckedOnly],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // node:test's test() and describe() return promises the runner itself awaits.
      '@typescript-eslint/no-floating-promises': ['error', {
        allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite'] }],
      }],
    },
  },
  { files: ['**/*.mjs', 'bench/**/*.js', 'scripts/**/*.js'], languageOptions: { globals: globals.node } },
  // The workbench benchmark hands functions to the page (playwright's evaluate).
  { files: ['bench/ui.mjs'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  // The e2e harness and suites run as CommonJS in Node and in the extension host (mocha).
  {
    files: ['test/e2e/**/*.js'],
    // ui.js also hands functions to the page (playwright's evaluate), hence the browser globals.
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node, ...globals.mocha, ...globals.browser } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // The summary webview's script runs in the browser.
  { files: ['media/**/*.js'], languageOptions: { globals: { ...globals.browser, acquireVsCodeApi: 'readonly', module: 'readonly' } } },
);
