import { describe, expect, it } from 'vitest';
import { addFacts } from '../../src/facts';
import { runModel } from '../../src/model/project';
import { addUncertaintyFacts, checkEvents, observers, sensitivity, type HeatPumpUncertainty } from '../../src/uncertainty';
import { collectFacts, smallMarket } from './helpers';

describe('facts', () => {
  const inputs = smallMarket();
  const r = runModel(inputs);
  const { sink, byName } = collectFacts();
  addFacts(sink, r, inputs);
  const value = (name: string) => {
    const f = byName.get(name);
    if (!f) throw new Error(`no fact ${name}`);
    return f.value;
  };

  it('names the yearly numbers of the hand-checked market', () => {
    // stock 12.4 → 13.70848; sales 2.5 in 2025; share 0.124
    expect(value('stock.2025')).toBeCloseTo(12.4, 12);
    expect(value('stock.2026')).toBeCloseTo(13.70848, 12);
    expect(value('sales.2025')).toBeCloseTo(2.5, 12);
    expect(value('share.2025')).toBeCloseTo(0.124, 12);
    // 12.4 heat pumps × 200 m³ = 2480 m³, published in billions of m³
    expect(value('gas.2025')).toBeCloseTo(2480 / 1e9, 18);
  });
  it('derives growth, the sales peak and the benchmark gap', () => {
    // one year: 13.70848 / 12.4 − 1
    expect(value('cagr.2025_2026.stock')).toBeCloseTo(13.70848 / 12.4 - 1, 12);
    // sales 2.5 in 2025, 1.30848 + 0.124 = 1.43248 in 2026 → peak 2.5 in 2025
    expect(value('sales.peak')).toBeCloseTo(2.5, 12);
    expect(value('sales.peakYear')).toBe(2025);
    expect(value('target.gap')).toBeCloseTo(13 - 13.70848, 12);
    expect(value('target.reachedYear')).toBe(2026);
    expect(value('stock.multiple')).toBeCloseTo(1.370848, 12);
  });
  it('gives every fact a description and a unit the engine formats', () => {
    expect(byName.size).toBeGreaterThan(20);
    for (const [name, f] of byName) {
      expect(f.description.length, name).toBeGreaterThan(5);
      expect(['count', 'fraction', 'growth', 'year', 'ratio', 'bcm', 'megatonnes']).toContain(f.unit);
    }
  });
});

describe('uncertainty hooks', () => {
  const inputs = smallMarket({ market: { households: 100e6, saturationShare: 0.5, baseStock: 10e6 }, target: { stock: 13e6, year: 2026 } });
  const events = { stockAtLeast: { year: 2026, thresholds: [13e6, 13.7e6, 14e6] } };
  const hookInput = { doc: undefined as never, inputs, events };

  it('counts the share of draws in which each event happens', () => {
    const [observer] = observers(hookInput);
    const base = runModel(inputs); // 2026 stock 13.70848 M
    const frozen = runModel({ ...inputs, marketConditions: [0, 0] }); // stays at 10 M
    observer!.record(base, 0);
    observer!.record(frozen, 1);
    observer!.record(base, 2);
    observer!.record(base, 3);
    const { events: probabilities } = observer!.summary();
    // ≥13 M and ≥13.7 M: 3 of 4 draws; ≥14 M: none
    expect(probabilities.map((e) => e.probability)).toEqual([0.75, 0.75, 0]);
    expect(probabilities[0]!.id).toBe('prob.stock2026AtLeast13M');
  });
  it('ranks assumptions by the event year stock', () => {
    const { metrics, meta } = sensitivity(hookInput);
    expect(meta.year).toBe(2026);
    expect(metrics.stock.measure(runModel(inputs))).toBeCloseTo(13.70848e6, 3);
  });
  it('flags an event year outside the horizon', () => {
    expect(checkEvents({ stockAtLeast: { year: 2031, thresholds: [1] } }, { start: 2025, end: 2030 })).toEqual([
      { path: ['stockAtLeast', 'year'], message: 'expected a year within the horizon 2025–2030, got 2031' },
    ]);
    expect(checkEvents({ stockAtLeast: { year: 2030, thresholds: [1] } }, { start: 2025, end: 2030 })).toEqual([]);
  });
  it('turns bands, events, the tornado and scenarios into facts', () => {
    const r = runModel(inputs);
    const band = (k: number) => ({ p5: [k, k], p25: [k + 1, k + 1], p50: [k + 2, k + 2], p75: [k + 3, k + 3], p95: [k + 4, k + 4] });
    const u: HeatPumpUncertainty = {
      monteCarlo: { seed: 1, draws: 4, years: [2025, 2026], assumptions: ['a', 'b'], bands: { stock: band(10), sales: band(1) }, events: [{ id: 'prob.stock2026AtLeast13M', label: 'x', probability: 0.75 }] },
      sensitivity: { year: 2026, stock: { metric: 'Stock 2026', base: 13, rows: [{ id: 'diffusion.imitation', label: 'q', lowInput: 0.05, highInput: 0.18, low: 11, high: 15, swing: 4 }] } },
      scenarios: [{ id: 'base', label: 'Base', rationale: 'point forecast', overrides: 0, results: r }],
    };
    const { sink, byName } = collectFacts();
    addUncertaintyFacts(sink, u);
    expect(byName.get('stock.2026.p95')?.value).toBe(14);
    expect(byName.get('sales.2025.p50')?.value).toBe(3);
    expect(byName.get('prob.stock2026AtLeast13M')?.value).toBe(0.75);
    expect(byName.get('sensitivity.stock2026.rank1.high')?.value).toBe(15);
    expect(byName.get('scenario.base.stock.2026')?.value).toBeCloseTo(13.70848e6, 3);
  });
});
