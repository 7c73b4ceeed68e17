// @ts-check
/**
 * Mutation testing of the report's model and of the engine's uncertainty, attribution and revision code: `npm run mutation`.
 * Not part of `npm test` (it runs the focused tests once per mutant and takes tens of minutes on two cores).
 * The score is the share of mutants the tests kill; the HTML report lists every survivor with its line.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    // The CPO report's model, facts and per-draw metrics.
    'src/model/**/*.ts',
    'src/facts.ts',
    'src/uncertainty/*.ts',
    // The engine's model kit: metrics, series, facts registry, attribution and the uncertainty analysis.
    'packages/engine/src/model/**/*.ts',
    // Revisions: what changed between vintages and why.
    'packages/engine/src/report/revisions.ts',
    // Types and re-exports hold nothing to mutate.
    '!src/model/types.ts',
    '!src/model/index.ts',
  ],
  coverageAnalysis: 'perTest',
  // Two cores are shared with builds and other test runs; one mutant at a time keeps the machine usable.
  concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 1),
  timeoutMS: 30_000,
  ignorePatterns: ['dist', '.build', '.astro', 'node_modules/.cache', 'test-results', 'playwright-report'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  // MUTATION_REPORT names the report files, so a run split into parts (one `--mutate` list each) keeps every part.
  htmlReporter: { fileName: `.build/mutation/${process.env.MUTATION_REPORT ?? 'report'}.html` },
  jsonReporter: { fileName: `.build/mutation/${process.env.MUTATION_REPORT ?? 'report'}.json` },
  thresholds: { high: 90, low: 80, break: 80 },
  // Each run has its own sandbox folder, so two parts can run side by side.
  tempDirName: `.build/stryker-tmp-${process.env.MUTATION_REPORT ?? 'report'}`,
  cleanTempDir: 'always',
};
