/** The uncertainty facts and the tornado of the published vintage, against the runs and the reference calculation. */
import { beforeEach, describe, expect, it } from 'vitest';
import { PERCENTILES } from '../../../packages/engine/src/model/uncertainty';
import { SENSITIVITY_HIGH, SENSITIVITY_LOW } from '../../../packages/engine/src/model/uncertainty/sensitivity';
import { drawValue } from '../../../packages/engine/src/model/uncertainty/plan';
import { FactRegistry } from '../../../packages/engine/src/model/facts';
import { addUncertaintyFacts } from '../../../src/uncertainty/facts';
import { referenceModel } from '../../oracles/reference-model';
import { publishedUncertainty } from '../../helpers/published-uncertainty';

// Run before each test, not while the file is collected, so mutation testing can tell which test covers what.
let vintage: ReturnType<typeof publishedUncertainty>['vintage'];
let results: ReturnType<typeof publishedUncertainty>['results'];
let uncertainty: ReturnType<typeof publishedUncertainty>['uncertainty'];
let facts: ReturnType<typeof publishedUncertainty>['facts'];
beforeEach(() => {
  ({ vintage, results, uncertainty, facts } = publishedUncertainty());
});

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
  it('publishes each scenario run under its own id: revenue, CAGR, crossover and shares', () => {
    expect(uncertainty.scenarios.map((s) => s.id)).toEqual(expect.arrayContaining(['bear', 'base', 'bull']));
    for (const s of uncertainty.scenarios) {
      const r = s.results;
      const at = (year: number) => r.years.indexOf(year);
      const growth = (r.total.cpoRevenueUsd[at(2030)]! / r.total.cpoRevenueUsd[at(2026)]!) ** (1 / 4) - 1;
      expect(facts.get(`scenario.${s.id}.revenue.2026.total`).value, s.id).toBe(r.total.cpoRevenueUsd[at(2026)]);
      expect(facts.get(`scenario.${s.id}.revenue.2030.inclEls`).value, s.id).toBe(r.total.revenueInclElsUsd[at(2030)]);
      expect(facts.get(`scenario.${s.id}.cagr.2026_2030.exclEls`).value!, s.id).toBeCloseTo(growth, 12);
      expect(facts.get(`scenario.${s.id}.crossover.year`).value, s.id).toBe(r.metrics.crossoverYear);
      expect(facts.get(`scenario.${s.id}.share.2030.scaleUp`).value!, s.id).toBeCloseTo(
        r.segments.scaleUp.cpoRevenueUsd[at(2030)]! / r.total.cpoRevenueUsd[at(2030)]!,
        12,
      );
      expect(facts.get(`scenario.${s.id}.share.2030.cpo`).value, s.id).toBe(r.total.techShare.cpo[at(2030)]);
    }
    // The scenarios differ, so a fact read from the wrong scenario would show.
    expect(facts.get('scenario.bull.revenue.2030.total').value!).toBeGreaterThan(facts.get('scenario.bear.revenue.2030.total').value!);
  });

  it('publishes the three widest tornado bars of each metric, in rank order, with their low and high ends', () => {
    for (const [key, tornado] of [
      ['sensitivity.revenue2030', uncertainty.sensitivity.revenue],
      ['sensitivity.cagr2026_2030', uncertainty.sensitivity.cagr],
    ] as const) {
      expect(tornado.rows.length).toBeGreaterThan(3);
      for (const k of [0, 1, 2]) {
        expect(facts.get(`${key}.rank${k + 1}.low`).value, key).toBe(tornado.rows[k]!.low);
        expect(facts.get(`${key}.rank${k + 1}.high`).value, key).toBe(tornado.rows[k]!.high);
        expect(facts.get(`${key}.rank${k + 1}.low`).description).toContain(`"${tornado.rows[k]!.label}"`);
      }
      expect(facts.has(`${key}.rank4.low`)).toBe(false);
    }
  });

  it('splits the crossover probabilities by year: each year, never, and ahead from the start add up to one', () => {
    const mc = uncertainty.monteCarlo;
    const dist = mc.crossover.distribution;
    const first = mc.years[0]!;
    expect(dist.length).toBeGreaterThan(1);
    let byYear = 0;
    for (const { year, probability } of dist) {
      if (year === null) continue;
      expect(facts.get(`prob.crossover.${year}`).value, String(year)).toBe(probability);
      byYear += probability;
    }
    expect(facts.get('prob.crossoverBy2030').value!).toBeCloseTo(byYear, 12);
    expect(facts.get('prob.noCrossover').value!).toBeCloseTo(dist.find((d) => d.year === null)?.probability ?? 0, 12);
    expect(facts.get('prob.scaleUpAheadFromStart').value!).toBeCloseTo(dist.find((d) => d.year === first)?.probability ?? 0, 12);
    expect(facts.get('mc.draws').value).toBe(1000);
    expect(facts.get('mc.assumptions').value).toBe(mc.assumptions.length);
    for (const { threshold } of mc.cagrAbove) expect(facts.get(`event.cagr.2026_2030.threshold.above${Math.round(threshold * 100)}pct`).value).toBe(threshold);
  });

  it('names and describes a CAGR event by its threshold in percent, a fractional one with "_" for the point', () => {
    const mc = uncertainty.monteCarlo;
    expect(mc.cagrAbove.map((c) => c.threshold)).toContain(1);
    expect(facts.get('prob.cagr.2026_2030.exclEls.above100pct').description).toContain('exceeds 100%');
    expect(facts.get('event.cagr.2026_2030.threshold.above100pct').description).toContain('"CAGR exceeds 100%"');
    // A threshold of 142.5% as uncertainty.json could state it.
    const fractional = new FactRegistry();
    addUncertaintyFacts(fractional, { ...uncertainty, monteCarlo: { ...mc, cagrAbove: [{ threshold: 1.425, probability: 0.25 }] } });
    expect(fractional.get('prob.cagr.2026_2030.exclEls.above142_5pct')).toMatchObject({ value: 0.25, unit: 'fraction' });
    expect(fractional.get('prob.cagr.2026_2030.exclEls.above142_5pct').description).toContain('exceeds 142.5%');
    expect(fractional.get('event.cagr.2026_2030.threshold.above142_5pct').value).toBe(1.425);
  });
});

describe('uncertainty/sensitivity', () => {
  it('sorts the tornado by swing and leaves out assumptions that cannot move the metric', () => {
    const { revenue, cagr } = uncertainty.sensitivity;
    for (const t of [revenue, cagr]) {
      for (let k = 1; k < t.rows.length; k++) expect(t.rows[k]!.swing).toBeLessThanOrEqual(t.rows[k - 1]!.swing);
      for (const row of t.rows) expect(row.swing).toBeGreaterThan(0);
    }
    // The ELS price cannot change revenue excluding ELS.
    expect(revenue.rows.map((r) => r.id)).not.toContain('els.laserAspUsd');
  });

  it('sets one assumption to its p5 and p95 with the others at their point values (every bar, against the reference calculation)', () => {
    const { revenue } = uncertainty.sensitivity;
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
