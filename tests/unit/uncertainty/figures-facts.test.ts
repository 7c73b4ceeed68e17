import type { CpoUncertainty } from '../../../src/uncertainty';
import report from '../../../src/report';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNCERTAINTY_CHARTS, fanTotalRevenue, tornadoRevenue } from '../../../src/charts/figures/uncertainty';
import { getChart } from '../../../packages/engine/src/charts/registry';
import { renderChart } from '../../../packages/engine/src/charts/render';
import { loadVintage } from '../../../packages/engine/src/data/load';
import { buildFacts } from '../../../src/facts';
import { runModel } from '../../../src/model/project';
import { analyseUncertainty, PERCENTILES } from '../../../packages/engine/src/model/uncertainty';
import { addUncertaintyFacts } from '../../../src/uncertainty/facts';
import { SENSITIVITY_HIGH, SENSITIVITY_LOW } from '../../../packages/engine/src/model/uncertainty/sensitivity';
import { drawValue } from '../../../packages/engine/src/model/uncertainty/plan';
import { referenceModel } from '../../oracles/reference-model';

const vintage = loadVintage(resolve('data/vintages/2026-11'));
const results = runModel(vintage.inputs);
const uncertainty = analyseUncertainty<CpoUncertainty>(report, vintage.assumptions, vintage.inputs, vintage.uncertainty!, { draws: 1000 });
const facts = buildFacts(results);
addUncertaintyFacts(facts, uncertainty);
const ctx = { results, facts, uncertainty };

describe('uncertainty/facts', () => {
  it('publishes ordered percentile facts for revenue and CAGR, equal to the Monte Carlo bands', () => {
    for (const key of ['total', 'inclEls', 'els', 'scaleOut', 'scaleUp']) {
      const values = PERCENTILES.map((p) => facts.get(`revenue.2030.${key}.${p}`).value!);
      for (let k = 1; k < values.length; k++) expect(values[k]!).toBeGreaterThanOrEqual(values[k - 1]!);
    }
    expect(facts.get('revenue.2030.total.p95').value).toBe(uncertainty.monteCarlo.bands['total.cpoRevenueUsd']!.p95.at(-1));
    expect(facts.get('cagr.2026_2030.exclEls.p5').value).toBe(uncertainty.monteCarlo.cagr.exclEls.p5);
    expect(facts.get('revenue.2030.total.p5').text).toMatch(/^\$[\d.]+[MB]$/);
  });

  it('publishes the event probabilities as fractions', () => {
    expect(facts.get('prob.crossoverBefore2030').value).toBe(uncertainty.monteCarlo.crossover.probabilityBefore);
    expect(facts.get('prob.crossoverBefore2030').unit).toBe('fraction');
    const above = uncertainty.monteCarlo.cagrAbove.find((c) => c.threshold === 1)!;
    expect(facts.get('prob.cagr.2026_2030.exclEls.above100pct').value).toBe(above.probability);
    const p = ['prob.crossoverBy2030', 'prob.noCrossover'].map((n) => facts.get(n).value!);
    expect(p[0]! + p[1]!).toBeCloseTo(1, 12);
  });

  it('publishes scenario outcomes equal to the scenario runs', () => {
    const bull = uncertainty.scenarios.find((s) => s.id === 'bull')!;
    expect(facts.get('scenario.bull.revenue.2030.total').value).toBe(bull.results.total.cpoRevenueUsd.at(-1));
    expect(facts.get('scenario.base.revenue.2030.total').value).toBe(results.total.cpoRevenueUsd.at(-1));
  });
});

describe('uncertainty/sensitivity', () => {
  const { revenue, cagr } = uncertainty.sensitivity;
  it('sorts the tornado by swing and leaves out assumptions that cannot move the metric', () => {
    for (const t of [revenue, cagr]) {
      for (let k = 1; k < t.rows.length; k++) expect(t.rows[k]!.swing).toBeLessThanOrEqual(t.rows[k - 1]!.swing);
      for (const row of t.rows) expect(row.swing).toBeGreaterThan(0);
    }
    // The ELS price cannot change revenue excluding ELS.
    expect(revenue.rows.map((r) => r.id)).not.toContain('els.laserAspUsd');
  });

  it('sets one assumption to its p5 and p95 with the others at their point values (every bar, against the reference calculation)', () => {
    // Each bar's input is written into a copy of the raw assumptions by hand (a value, or a multiplier of the point
    // value or of every year of a series) and priced by the independent reference calculation.
    const revenueWith = (id: string, input: number) => {
      const a = uncertainty.assumptions.find((x) => x.id === id)!;
      const doc: any = structuredClone(vintage.assumptions);
      const node = a.path.reduce((o, k) => o[k], doc);
      if ('values' in node) for (const y of Object.keys(node.values)) node.values[y] *= input;
      else node.value = a.role === 'multiplier' ? node.value * input : input;
      return referenceModel(doc).rows.at(-1)!.revenue;
    };
    expect(revenue.rows.length).toBeGreaterThan(3);
    for (const row of revenue.rows) {
      const a = uncertainty.assumptions.find((x) => x.id === row.id)!;
      expect(row.lowInput, row.id).toBe(drawValue(a, SENSITIVITY_LOW));
      expect(row.highInput, row.id).toBe(drawValue(a, SENSITIVITY_HIGH));
      expect(row.low / revenueWith(row.id, row.lowInput) - 1, row.id).toBeCloseTo(0, 9);
      expect(row.high / revenueWith(row.id, row.highInput) - 1, row.id).toBeCloseTo(0, 9);
    }
    expect(revenue.base / referenceModel(vintage.assumptions).rows.at(-1)!.revenue - 1).toBeCloseTo(0, 9);
  });
});

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
