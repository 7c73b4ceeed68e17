// ESLint (flat config): the recommended JavaScript and typescript-eslint rules for the engine, the report and the tools.
// .astro files are checked by `npm run check` (astro check), not here.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // `**/` so report folders inside the repository (examples/) keep their build output out of the lint too.
  { ignores: ['**/dist/', '**/.build/', '**/.astro/', '**/node_modules/', 'bench/results/', '**/test-results/', '**/playwright-report/'] },
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
    // CommonJS preload scripts (tests/helpers/sandbox.cjs) load their dependencies with require().
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Client-side modules run in the browser.
    files: ['packages/engine/src/scripts/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The engine is generic over each report's own types (its assumptions, inputs, results, events): its contract
    // and the types built on it default those parameters to `any`, so a report that states nothing still
    // type-checks. Tests may also use `any`.
    files: [
      'tests/**',
      'packages/engine/src/contract.ts',
      'packages/engine/src/charts/types.ts',
      'packages/engine/src/charts/figures/revisions.ts',
      'packages/engine/src/data/load.ts',
      'packages/engine/src/data/overrides.ts',
      'packages/engine/src/data/schema.ts',
      'packages/engine/src/data/uncertainty-checks.ts',
      'packages/engine/src/model/uncertainty/index.ts',
      'packages/engine/src/model/uncertainty/scenarios.ts',
      'packages/engine/src/report/context.ts',
    ],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
