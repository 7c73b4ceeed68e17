import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bassAdoption } from '../../src/model/bass';
import { conditionsFor, innovationFor, retirementRateFrom } from '../../src/model/calibration';
import { runModel } from '../../src/model/project';
import { smallMarket } from './helpers';

const inputs = smallMarket;

describe('bassAdoption', () => {
  it('is p·m before anyone has adopted', () => {
    // hazard = 0.03 + 0.38·0/100 = 0.03; remaining 100 → 3
    expect(bassAdoption(0, 100, 0.03, 0.38)).toBeCloseTo(3, 12);
  });
  it('adds imitation in proportion to the adopters so far', () => {
    // hazard = 0.03 + 0.38·50/100 = 0.22; remaining 50 → 11
    expect(bassAdoption(50, 100, 0.03, 0.38)).toBeCloseTo(11, 12);
  });
  it('is zero once the potential is filled, or overfilled', () => {
    expect(bassAdoption(100, 100, 0.03, 0.38)).toBe(0);
    expect(bassAdoption(120, 100, 0.03, 0.38)).toBe(0);
    expect(bassAdoption(0, 0, 0.03, 0.38)).toBe(0);
  });
});

describe('runModel', () => {
  const r = runModel(inputs());
  it('follows the hand calculation for the first year', () => {
    // m = 100·0.5 = 50; hazard = 0.02 + 0.2·10/50 = 0.06; new = 0.06·(50 − 10) = 2.4
    expect(r.marketPotential).toBe(50);
    expect(r.newAdopters[0]).toBeCloseTo(2.4, 12);
    // replacements = 0.01·10 = 0.1; sales = 2.5; stock = 12.4
    expect(r.replacements[0]).toBeCloseTo(0.1, 12);
    expect(r.sales[0]).toBeCloseTo(2.5, 12);
    expect(r.stock[0]).toBeCloseTo(12.4, 12);
    // share = 12.4 / 100; gas = 12.4·200 = 2480 m³; CO₂ = 12.4·2 = 24.8 t
    expect(r.householdShare[0]).toBeCloseTo(0.124, 12);
    expect(r.gasAvoidedM3[0]).toBeCloseTo(2480, 9);
    expect(r.co2AvoidedTonnes[0]).toBeCloseTo(24.8, 12);
  });
  it('scales the second year by its market conditions', () => {
    // hazard = 0.02 + 0.2·12.4/50 = 0.0696; neutral new = 0.0696·37.6 = 2.61696; × 0.5 = 1.30848
    expect(r.newAdopters[1]).toBeCloseTo(1.30848, 12);
    expect(r.stock[1]).toBeCloseTo(13.70848, 12);
    // replacements = 0.01·12.4 = 0.124
    expect(r.replacements[1]).toBeCloseTo(0.124, 12);
  });
  it('measures the stock against the target', () => {
    // 2025: 12.4 < 13; 2026: 13.70848 ≥ 13 → reached in 2026, gap 13 − 13.70848
    expect(r.metrics.targetReachedYear).toBe(2026);
    expect(r.metrics.targetGap).toBeCloseTo(-0.70848, 12);
  });
  it('reports no target year or gap outside the horizon', () => {
    const far = runModel(inputs({ target: { stock: 1000, year: 2040 } }));
    expect(far.metrics.targetReachedYear).toBeNull();
    expect(far.metrics.targetGap).toBeNull();
  });
  it('sells only replacements when conditions stop new adoption', () => {
    const frozen = runModel(inputs({ marketConditions: [0, 0] }));
    expect(frozen.stock).toEqual([10, 10]);
    expect(frozen.sales[0]).toBeCloseTo(0.1, 12);
    expect(frozen.sales[1]).toBeCloseTo(0.1, 12);
  });
});

describe('runModel invariants', () => {
  const arbitraryInputs = fc
    .record({
      households: fc.double({ min: 1e3, max: 1e9, noNaN: true }),
      saturationShare: fc.double({ min: 0.05, max: 1, noNaN: true }),
      baseFraction: fc.double({ min: 0, max: 1, noNaN: true }),
      innovation: fc.double({ min: 0, max: 0.2, noNaN: true }),
      imitation: fc.double({ min: 0, max: 0.8, noNaN: true }),
      conditions: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 15 }),
      retirementRate: fc.double({ min: 0, max: 0.1, noNaN: true }),
    })
    .map((a) => ({
      ...inputs(),
      years: a.conditions.map((_, i) => 2025 + i),
      market: { households: a.households, saturationShare: a.saturationShare, baseStock: a.households * a.saturationShare * a.baseFraction },
      diffusion: { innovation: a.innovation, imitation: a.imitation },
      marketConditions: a.conditions,
      retirementRate: a.retirementRate,
    }));

  it('grows the stock by new adopters only, never past the potential, and sells new adopters plus replacements', () => {
    fc.assert(
      fc.property(arbitraryInputs, (x) => {
        const r = runModel(x);
        expect(r.stock).toHaveLength(x.years.length);
        let previous = x.market.baseStock;
        r.stock.forEach((s, i) => {
          expect(r.newAdopters[i]).toBeGreaterThanOrEqual(0);
          expect(s - previous).toBeCloseTo(r.newAdopters[i]!, 6);
          expect(s).toBeLessThanOrEqual(r.marketPotential * (1 + 1e-12));
          expect(r.sales[i]).toBeCloseTo(r.newAdopters[i]! + r.replacements[i]!, 6);
          previous = s;
        });
      }),
    );
  });
});

describe('calibration', () => {
  const state = { households: 200, saturationShare: 0.5, baseStock: 20, imitation: 0.1, retirementRate: 0.01 };
  it('solves p so that neutral first-year sales hit the target', () => {
    // replacements 0.2; new must be 4.8; remaining 80 → hazard 0.06; q·N/m = 0.1·0.2 = 0.02 → p = 0.04
    const p = innovationFor(5, state);
    expect(p).toBeCloseTo(0.04, 12);
    const r = runModel({ ...inputs(), years: [2025], market: { households: 200, saturationShare: 0.5, baseStock: 20 }, diffusion: { innovation: p, imitation: 0.1 }, marketConditions: [1] });
    expect(r.sales[0]).toBeCloseTo(5, 12);
  });
  it('solves the first-year conditions multiplier for a lower sales figure', () => {
    // neutral new = 0.06·80 = 4.8; target new = 3.2 − 0.2 = 3.0 → 3.0 / 4.8 = 0.625
    expect(conditionsFor(3.2, { ...state, innovation: 0.04 })).toBeCloseTo(0.625, 12);
  });
  it('reads retirements from sales and the stock change', () => {
    // sold 3, stock grew 100 → 102.5, so 0.5 retired: 0.5 / 100
    expect(retirementRateFrom(3, 100, 102.5)).toBeCloseTo(0.005, 12);
  });
  it('refuses a base stock that already fills the potential', () => {
    expect(() => innovationFor(5, { ...state, baseStock: 100 })).toThrow(/fills the market potential/);
  });
});

describe('uncertainty events', async () => {
  const { events } = await import('../../src/uncertainty');
  // Same hand-checked market scaled by a million: the 2026 stock is 13.70848 M.
  const r = runModel(inputs({ market: { households: 100e6, saturationShare: 0.5, baseStock: 10e6 }, target: { stock: 13e6, year: 2026 } }));
  it('names each threshold in millions and tests the stock in the event year', () => {
    const list = events({ stockAtLeast: { year: 2026, thresholds: [13e6, 13.7e6, 13.75e6] } });
    expect(list.map((e) => e.id)).toEqual(['prob.stock2026AtLeast13M', 'prob.stock2026AtLeast13_7M', 'prob.stock2026AtLeast13_75M']);
    expect(list.map((e) => e.happened(r))).toEqual([true, true, false]);
  });
  it('refuses thresholds whose names would collide', () => {
    expect(() => events({ stockAtLeast: { year: 2026, thresholds: [60e6, 60.0001e6] } })).toThrow(/both read 60M/);
  });
  it('refuses an event year outside the horizon', () => {
    const [e] = events({ stockAtLeast: { year: 2040, thresholds: [1e6] } });
    expect(() => e!.happened(r)).toThrow(/outside the horizon/);
  });
});
