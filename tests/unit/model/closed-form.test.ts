import { describe, expect, it } from 'vitest';
import { cagr, crossoverYear, experienceCurvePrice, logisticShare, runModel, wattsPerPort } from '../../../src/model';
import { baseInputs } from '../../helpers/inputs';

describe('model/closed form', () => {
  it('logistic share at its midpoint is half the cap', () => {
    expect(logisticShare(2028, { cap: 0.6, steepness: 0.9, midpointYear: 2028 })).toBeCloseTo(0.3, 12);
  });

  it('CAGR of a doubling over one year is 100%', () => {
    expect(cagr(5, 10, 1)).toBeCloseTo(1, 12);
    expect(cagr(1, 8, 3)).toBeCloseTo(1, 12);
  });

  it('price falls by the learning rate at each doubling of cumulative volume', () => {
    expect(experienceCurvePrice(100, 0.2, 10, 20)).toBeCloseTo(80, 10);
    expect(experienceCurvePrice(100, 0.2, 10, 40)).toBeCloseTo(64, 10);
  });

  it('watts per port = pJ/bit × Gb/s / 1000', () => {
    expect(wattsPerPort(18.75, 1600)).toBeCloseTo(30, 12);
  });

  it('crossover is the first year the challenger is strictly above', () => {
    expect(crossoverYear([2024, 2025, 2026], [1, 2, 5], [3, 2, 4])).toBe(2026);
    expect(crossoverYear([2024, 2025], [1, 1], [2, 2])).toBeNull();
  });

  it('CPO revenue = CPO units × ASP × segment price factor, every year and segment', () => {
    const inputs = baseInputs();
    const r = runModel(inputs);
    for (const seg of ['scaleOut', 'scaleUp'] as const) {
      r.years.forEach((_, i) => {
        const expected = r.segments[seg].cpoPorts800gEq[i]! * r.pricing.cpoAspUsdPer800gEq[i]! * inputs.pricing.segmentPriceFactor[seg];
        expect(r.segments[seg].cpoRevenueUsd[i]).toBeCloseTo(expected, 3);
      });
    }
  });

  it('with a flat learning rate of zero the ASP never moves', () => {
    const inputs = baseInputs();
    inputs.pricing.learningRate = 0;
    const r = runModel(inputs);
    expect(new Set(r.pricing.cpoAspUsdPer800gEq)).toEqual(new Set([inputs.pricing.cpoAspUsdPer800gEq]));
  });
});
