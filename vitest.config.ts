import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Engine modules read the current report; the tests use the CPO outlook's.
    setupFiles: ['tests/helpers/use-report.ts'],
    // Build tests run Astro; on a 2-core machine they need room and must not run all at once.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Tests marked concurrent (the bad-input corpus: one build process each) run three at a time.
    maxConcurrency: 3,
    poolOptions: { forks: { maxForks: 2 } },
  },
});
