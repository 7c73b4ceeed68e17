import { describe, expect, it } from 'vitest';
import { applyCase, expectedPattern, loadCases } from '../helpers/corpus';
import { buildFixtureAsync, makeFixture, previousBuildUntouched, BUILD_TEST_TIMEOUT_MS } from '../helpers/fixture';

/**
 * The bad-input corpus (tests/fixtures/bad): every case breaks a copy of the real data or content, runs the real
 * build and expects a non-zero exit, the exact error with its file and location, and the previous output intact.
 * Cases run a few at a time (vitest's maxConcurrency): each is its own process on its own copy, most fail in
 * validation before Astro starts, and builds that do reach Astro take turns (astro-lock).
 */
const cases = loadCases();

describe('build/bad input fails loudly and keeps the previous dist', () => {
  it('the corpus covers data and content', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    expect(cases.filter((c) => c.kind === 'content').length).toBeGreaterThanOrEqual(5);
  });

  for (const c of cases) {
    it.concurrent(`${c.name}: ${c.about}`, { timeout: BUILD_TEST_TIMEOUT_MS }, async ({ expect }) => {
      const f = makeFixture();
      try {
        applyCase(f, c);
        const run = await buildFixtureAsync(f);
        expect(run.status, run.output).not.toBe(0);
        for (const line of c.errors) expect(run.output).toMatch(expectedPattern(line));
        // Data and front matter are checked before Astro starts; MDX bodies fail while Astro compiles them.
        expect(run.output).toMatch(c.kind === 'data' ? /Invalid data:/ : /Invalid chapters:|Astro could not build the site/);
        expect(run.output).toContain('Build failed;');
        expect(previousBuildUntouched(f)).toBe(true);
      } finally {
        f.remove();
      }
    });
  }
});
