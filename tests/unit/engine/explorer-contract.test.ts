import { afterEach, describe, expect, it } from 'vitest';
import { defineReport, useReport } from '../../../packages/engine/src/index';
import { EXPLORER_MODEL_ID, forecastReport } from '../../../packages/engine/src/integration';
import cpo from '../../../src/report';
import { minimalReportConfig } from '../../helpers/minimal-report';

const minimal = (extra: Record<string, unknown> = {}) => defineReport({ ...minimalReportConfig(), site: { url: 'https://example.org' }, ...extra });
const explorer = { module: 'src/explorer.ts', assumptions: [{ id: 'units', assumption: 'units', step: 1 }], chart: { series: 'sales', title: 'Sales' } };

/** Runs the integration's setup hook and returns the routes it injects and the Vite plugins it adds. */
function setUp(report: ReturnType<typeof minimal>) {
  const routes: string[] = [];
  const plugins: { name: string; resolveId?: (id: string) => string | null }[] = [];
  const hook = forecastReport(report).hooks['astro:config:setup'] as (o: unknown) => void;
  hook({
    config: { root: new URL(`file://${process.cwd()}/`) },
    updateConfig: (c: { vite?: { plugins?: typeof plugins } }) => plugins.push(...(c.vite?.plugins ?? [])),
    injectRoute: (r: { pattern: string }) => routes.push(r.pattern),
  });
  return { routes, plugins };
}

afterEach(() => useReport(cpo));

describe('the explorer in the contract and the integration', () => {
  it('a report without an explorer gets no explore page', () => {
    const { routes } = setUp(minimal());
    expect(routes).toContain('/sources');
    expect(routes.filter((r) => r.startsWith('/explore'))).toEqual([]);
  });

  it('a report with one gets the page, its data, and the virtual module resolved to its own model file', () => {
    const { routes, plugins } = setUp(minimal({ explorer }));
    expect(routes).toEqual(expect.arrayContaining(['/explore', '/explore/explorer.json']));
    const resolver = plugins.find((p) => p.name === 'forecast-report:explorer-model')!;
    expect(resolver.resolveId!(EXPLORER_MODEL_ID)).toBe(`${process.cwd()}/src/explorer.ts`);
    expect(resolver.resolveId!('something-else')).toBeNull();
  });

  it('a module that does not exist fails with its path', () => {
    const { plugins } = setUp(minimal({ explorer: { ...explorer, module: 'src/nope.ts' } }));
    expect(() => plugins.find((p) => p.name === 'forecast-report:explorer-model')!.resolveId!(EXPLORER_MODEL_ID)).toThrow(/src\/nope\.ts does not exist/);
  });

  it('defineReport checks the explorer: ids fit a URL, at least one control, a chart', () => {
    expect(() => minimal({ explorer: { ...explorer, assumptions: [{ id: 'a b', assumption: 'units', step: 1 }] } })).toThrow(
      /explorer\.assumptions\.0\.id: expected an id of letters/,
    );
    expect(() => minimal({ explorer: { ...explorer, assumptions: [] } })).toThrow(/explorer\.assumptions/);
    expect(() => minimal({ explorer: { module: 'x.ts', assumptions: explorer.assumptions } })).toThrow(/explorer\.chart/);
  });

  it('the CPO report declares 6–8 controls', () => {
    expect(cpo.explorer!.assumptions.length).toBeGreaterThanOrEqual(6);
    expect(cpo.explorer!.assumptions.length).toBeLessThanOrEqual(8);
  });
});
