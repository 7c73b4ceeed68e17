import { describe, expect, it } from 'vitest';
import { buildFixtureAsync, makeFixture, previousBuildUntouched } from '../helpers/fixture';

const ASSUMPTIONS = 'data/vintages/2026-11/assumptions.json';

describe('build/bad input fails loudly and keeps the previous dist', () => {
  it('a string where a number belongs names the file, pointer and the value found', async () => {
    const f = makeFixture();
    f.editJson(ASSUMPTIONS, (d) => (d.segments.scaleUp.adoption.midpointYear.value = '2028a'));
    const run = await buildFixtureAsync(f);
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('assumptions.json#/segments/scaleUp/adoption/midpointYear/value');
    expect(run.output).toContain('expected a finite number, got "2028a"');
    expect(previousBuildUntouched(f)).toBe(true);
  });

  it('a source id that does not exist suggests the closest one', async () => {
    const f = makeFixture();
    f.editJson(ASSUMPTIONS, (d) => (d.power.energyPjPerBit.cpo['1.6T'].source = 'nvidia-gtc-2052'));
    const run = await buildFixtureAsync(f);
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/#\/power\/energyPjPerBit\/cpo\/1\.6T\/source \(line \d+, column \d+\): unknown source "nvidia-gtc-2052"; did you mean "nvidia-gtc-2025"\?/);
    expect(previousBuildUntouched(f)).toBe(true);
  });

  it('an unknown fact in MDX names the chapter file, the line and close names', async () => {
    const f = makeFixture();
    f.writeFile('content/chapters/99-broken.mdx', '---\ntitle: Broken\norder: 99\ndescription: A broken chapter.\n---\n\nText.\n\nGrowth is <Value name="cagr.2026_2030.exclELS" />.\n');
    const run = await buildFixtureAsync(f);
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('99-broken.mdx');
    expect(run.output).toMatch(/unknown fact "cagr\.2026_2030\.exclELS" in <Value>; did you mean "cagr\.2026_2030\.exclEls"/);
    expect(run.output).toMatch(/99-broken\.mdx:9/);
    expect(previousBuildUntouched(f)).toBe(true);
  });

  it('an unknown chart id fails the build', async () => {
    const f = makeFixture();
    f.writeFile('content/chapters/99-broken.mdx', '---\ntitle: Broken\norder: 99\ndescription: A broken chapter.\n---\n\n<Chart id="fig-market-by-segmnt" />\n');
    const run = await buildFixtureAsync(f);
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/unknown chart "fig-market-by-segmnt" in <Chart>; did you mean "fig-market-by-segment"/);
    expect(previousBuildUntouched(f)).toBe(true);
  });

  it('broken MDX syntax names the file and line', async () => {
    const f = makeFixture();
    f.writeFile('content/chapters/99-broken.mdx', '---\ntitle: Broken\norder: 99\ndescription: A broken chapter.\n---\n\nSome text.\n\n<Callout kind="note">\nunclosed\n');
    const run = await buildFixtureAsync(f);
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('99-broken.mdx');
    expect(previousBuildUntouched(f)).toBe(true);
  });
});
