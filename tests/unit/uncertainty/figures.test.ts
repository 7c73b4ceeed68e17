/** Every uncertainty figure of the CPO report renders, and its data is the Monte Carlo run it claims to show. */
import { describe, expect, it } from 'vitest';
import { UNCERTAINTY_CHARTS, fanTotalRevenue, tornadoRevenue } from '../../../src/charts/figures/uncertainty';
import { getChart } from '../../../packages/engine/src/charts/registry';
import { renderChart } from '../../../packages/engine/src/charts/render';
import { publishedUncertainty } from '../../helpers/published-uncertainty';

const { results, uncertainty, facts } = publishedUncertainty();
const ctx = { results, facts, uncertainty };

describe('charts/figures/uncertainty', () => {
  it('registers every uncertainty figure', () => {
    for (const def of UNCERTAINTY_CHARTS) expect(getChart(def.id)).toBe(def);
  });

  it('renders every figure to SVG in both themes with a caption and a description', async () => {
    for (const def of UNCERTAINTY_CHARTS) {
      const r = await renderChart(def, ctx);
      expect(r.svg, def.id).toMatch(/^<svg[^>]*role="img"/);
      expect(r.svg, def.id).toMatch(/<desc id="[^"]+">/);
      expect(r.caption.length, def.id).toBeGreaterThan(40);
      expect(r.data.rows.length, def.id).toBeGreaterThan(0);
    }
  });

  it('fan chart data holds the bands and the point forecast for every year', () => {
    const data = fanTotalRevenue.data(ctx);
    expect(data.rows.map((r) => r.year)).toEqual(results.years);
    const last = data.rows.at(-1)!;
    expect(last.point).toBe(results.total.cpoRevenueUsd.at(-1));
    expect(last.p5).toBe(facts.get('revenue.2030.total.p5').value);
    expect(Number(last.p5)).toBeLessThanOrEqual(Number(last.p50));
  });

  it('tornado data lists the assumptions widest first with the tested range', () => {
    const data = tornadoRevenue.data(ctx);
    expect(data.rows[0]!.assumption).toBe(uncertainty.sensitivity.revenue.rows[0]!.label);
    expect(String(data.rows[0]!.range)).toMatch(/^×?[\d.,]+ – ×?[\d.,]+$/);
  });

  it('fails with a clear message when the vintage has no Monte Carlo run', () => {
    expect(() => fanTotalRevenue.data({ results, facts })).toThrow(/needs the Monte Carlo run: add uncertainty.json/);
  });
});
