import { defineConfig } from 'vitest/config';
import FastFirstSequencer from './tests/helpers/fast-first-sequencer';

/**
 * The tests StrykerJS runs against each mutant (npm run mutation): the model, uncertainty, attribution and
 * revision tests. Build and browser tests are left out: they take minutes and do not test these modules' arithmetic.
 * Test files share one module graph (isolate: false): re-importing the data kit and the vintages for every file
 * and every mutant cost more than the tests themselves.
 */
export default defineConfig({
  test: {
    include: ['tests/unit/model/**/*.test.ts', 'tests/unit/uncertainty/**/*.test.ts', 'tests/unit/report/revisions*.test.ts'],
    // Renders every uncertainty figure per run; its fact checks are covered by the oracle tests.
    exclude: ['tests/unit/uncertainty/figures-facts.test.ts'],
    // Engine modules read the current report; the tests use the CPO outlook's.
    setupFiles: ['tests/helpers/use-report.ts'],
    testTimeout: 60_000,
    pool: 'threads',
    isolate: false,
    poolOptions: { threads: { singleThread: true } },
    sequence: { sequencer: FastFirstSequencer },
  },
});
