// ESLint (flat config): the recommended JavaScript and typescript-eslint rules for the engine, the report and the tools.
// .astro files are checked by `npm run check` (astro check), not here.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.build/', '.astro/', 'node_modules/', '**/node_modules/', 'bench/results/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // A leading underscore marks a parameter or binding that is unused on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Client-side modules run in the browser.
    files: ['packages/engine/src/scripts/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Tests and loosely typed report hooks may use `any` where the contract hands them the report's own types.
    files: ['tests/**', 'packages/engine/src/contract.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
