import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import FastFirstSequencer from './tests/helpers/fast-first-sequencer';

// The engine's own package exports, so a new export needs no edit here.
const engineRoot = new URL('./packages/engine/', import.meta.url);
const engineExports = (JSON.parse(readFileSync(new URL('package.json', engineRoot), 'utf8')) as { exports: Record<string, string> }).exports;

/**
 * The tests StrykerJS runs against each mutant (npm run mutation): the model, uncertainty, attribution and
 * revision tests. Build and browser tests are left out: they take minutes and do not test these modules' arithmetic.
 * Test files share one module graph (isolate: false): re-importing the data kit and the vintages for every file
 * and every mutant cost more than the tests themselves.
 */
export default defineConfig({
  /**
   * StrykerJS mutates a copy of the project but links the original node_modules, whose workspace link
   * `@forecast-report/engine` points back at the original, unmutated engine. Each export of the engine is resolved
   * here to the copy next to this file, so the report's imports of the engine run the mutated code too.
   */
  resolve: {
    alias: Object.entries(engineExports).map(([subpath, target]) => ({
      // Subpaths are plain words ("./model"): nothing in them needs escaping.
      find: new RegExp(`^@forecast-report/engine${subpath.slice(1)}$`),
      replacement: fileURLToPath(new URL(target, engineRoot)),
    })),
  },
  test: {
    include: ['tests/unit/model/**/*.test.ts', 'tests/unit/uncertainty/**/*.test.ts', 'tests/unit/report/revision*.test.ts'],
    // Renders every uncertainty figure per run, and tests no model arithmetic.
    exclude: ['tests/unit/uncertainty/figures.test.ts'],
    // Engine modules read the current report; the tests use the CPO outlook's.
    setupFiles: ['tests/helpers/use-report.ts'],
    testTimeout: 60_000,
    pool: 'threads',
    isolate: false,
    poolOptions: { threads: { singleThread: true } },
    sequence: { sequencer: FastFirstSequencer },
  },
});
