import { describe, expect, it } from 'vitest';
import { buildFixtureAsync, makeFixture, previousBuildUntouched, BUILD_TEST_TIMEOUT_MS } from '../helpers/fixture';

describe('build/number lint', () => {
  it('a hand-typed forecast number in a chapter fails the build with the file and line', { timeout: BUILD_TEST_TIMEOUT_MS }, async () => {
    const f = makeFixture();
    f.writeFile(
      'content/chapters/99-typed.mdx',
      '---\ntitle: Typed\norder: 99\ndescription: A chapter with a typed forecast.\n---\n\nA cited figure passes: 70% lower power <Cite id="broadcom-davisson-2025" />.\n\nThe market reaches $24B by 2030.\n',
    );
    const run = await buildFixtureAsync(f);
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('99-typed.mdx');
    expect(run.output).toMatch(/99-typed\.mdx:9:\d+ dollar amount "\$24B"/);
    expect(run.output).not.toContain('"70%"');
    expect(previousBuildUntouched(f)).toBe(true);
  });
});
