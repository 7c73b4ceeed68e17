import { describe, expect, it } from 'vitest';
import { marginalCost } from '../../../scripts/bench/marginal';
import { checkBudgets } from '../../../scripts/bench/budgets';
import type { BenchResults } from '../../../scripts/bench/index';

const build = (charts: number, wallMs: number, astroCpuMs = wallMs) => ({ charts, cold: { wallMs, astroCpuMs } });

describe('bench: whole-build cost of one more chart', () => {
  it('is the slope of cold wall time between 200 and 1,000 charts, ignoring the smaller report', () => {
    expect(marginalCost([build(20, 5_000), build(1000, 60_000, 50_000), build(200, 20_000, 16_000)])).toEqual({
      fromCharts: 200,
      toCharts: 1000,
      wallMsPerChart: 50,
      astroCpuMsPerChart: 42.5,
    });
  });

  it('falls back to the smallest and largest sizes, and needs two', () => {
    expect(marginalCost([build(4, 9_000), build(2, 8_000)])).toMatchObject({ fromCharts: 2, toCharts: 4, wallMsPerChart: 500 });
    expect(marginalCost([build(200, 20_000)])).toBeUndefined();
    expect(marginalCost([])).toBeUndefined();
  });
});

describe('bench: budget verdicts', () => {
  const results = (extra: Partial<BenchResults>): BenchResults =>
    ({ machine: { cpus: 2, model: 'x', node: 'v20', loadAverageAtStart: [0, 0, 0] }, synthetic: [], budgets: [], ...extra }) as BenchResults;
  const devLoop = { runs: 1, startMs: 1, firstPageMs: 1, proseSaveMs: 400, dataSaveMs: 3500 };

  it('judges the dev-loop latencies against 1 s and 3 s', () => {
    const checks = checkBudgets(results({ devLoop }));
    expect(checks.find((c) => c.budget.includes('save a chapter'))?.met).toBe(true);
    expect(checks.find((c) => c.budget.includes('save a data file'))?.met).toBe(false);
  });

  it('judges nothing in a smoke run, whose inputs are too small', () => {
    const checks = checkBudgets(results({ devLoop, smoke: true }));
    expect(checks.length).toBeGreaterThan(0);
    expect(checks.map((c) => c.met)).toEqual(checks.map(() => null));
  });

  it('judges the per-chart slope only when it spans 200 to 1,000 charts', () => {
    const slope = (fromCharts: number, toCharts: number) =>
      checkBudgets(results({ marginalPerChart: { fromCharts, toCharts, wallMsPerChart: 20, astroCpuMsPerChart: 15 } })).find((c) =>
        c.budget.includes('marginal'),
      )?.met;
    expect(slope(200, 1000)).toBe(true);
    expect(slope(2, 4)).toBeNull();
  });
});
