/**
 * The model's guards at the edges of valid input: a window of no years, growth from zero, a vanished price base,
 * a year outside the horizon and a year with no accelerators shipped. Each expected value follows from the
 * definition, not from a model run.
 */
import { describe, expect, it } from 'vitest';
import { cagr, experienceCurvePrice, runModel, seriesCagr } from '../../../src/model';
import { yearIndex } from '../../../packages/engine/src/model/series';
import { handWorkedInputs } from '../../helpers/synthetic';

describe('model/edges', () => {
  it('a growth rate needs a window of at least one year', () => {
    expect(() => cagr(1, 2, 0)).toThrow(new RangeError('CAGR needs a window of at least one year'));
    expect(() => cagr(1, 2, -1)).toThrow(RangeError);
    // Half a year is a window: doubling in half a year is 300% a year.
    expect(cagr(1, 2, 0.5)).toBeCloseTo(3, 12);
  });

  it('growth from nothing has no rate (not infinity)', () => {
    expect(cagr(0, 5, 2)).toBeNaN();
    expect(cagr(-1, 5, 2)).toBeNaN();
    expect(cagr(0, 0, 1)).toBeNaN();
  });

  it('without an earlier volume to learn from, the price stays at its base', () => {
    expect(experienceCurvePrice(100, 0.2, 0, 5000)).toBe(100);
    expect(experienceCurvePrice(100, 0.2, -1, 5000)).toBe(100);
  });

  it('a year outside the horizon is an error that names the horizon', () => {
    expect(yearIndex([2024, 2025, 2026], 2025)).toBe(1);
    expect(() => yearIndex([2024, 2025, 2026], 2030)).toThrow(new RangeError('year 2030 is outside the model horizon 2024–2026'));
    expect(() => seriesCagr([2024, 2025], [1, 2], 2023, 2025)).toThrow(/year 2023 is outside the model horizon 2024–2025/);
  });

  it('a year with no accelerators shipped has no demand and no revenue; the reference cluster still has its power', () => {
    const r = runModel(handWorkedInputs((p) => (p.accelerators = [0, 1000])));
    expect(r.total.demand800gEq[0]).toBe(0);
    expect(r.total.cpoRevenueUsd[0]).toBe(0);
    // The cluster is built from per-accelerator bandwidth, not from the year's shipments: 22,000 W all-DSP, as in the
    // hand-worked case, and never NaN.
    expect(r.power.clusterPowerW.pluggableDsp[0]).toBeCloseTo(22_000, 6);
    expect(Number.isFinite(r.power.clusterPowerMixW[0])).toBe(true);
    // 2027 is priced with no earlier CPO volume: still the base price of $100.
    expect(r.pricing.cpoAspUsdPer800gEq[1]).toBeCloseTo(100, 12);
  });
});
