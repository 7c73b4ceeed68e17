import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantileOf } from '../../../packages/engine/src/model/uncertainty/distributions';
import { normalCdf, normalQuantile } from '../../../packages/engine/src/model/uncertainty/normal';

describe('uncertainty/normal', () => {
  it('gives textbook quantiles of the standard normal', () => {
    // Values from standard normal tables (Φ⁻¹(0.975) = 1.959963984540054…).
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalQuantile(0.95)).toBeCloseTo(1.6448536269514722, 12);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 12);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 9);
  });

  it('inverts the CDF', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), (p) => {
        expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 6);
      }),
    );
  });
});

describe('uncertainty/distributions quantileOf', () => {
  it('uniform is linear in u', () => {
    const d = { type: 'uniform', low: 2, high: 6 } as const;
    expect(quantileOf(d, 0, 4)).toBe(2);
    expect(quantileOf(d, 0.25, 4)).toBe(3);
    expect(quantileOf(d, 0.95, 4)).toBeCloseTo(5.8, 12);
  });

  it('triangular matches its closed-form quantiles and defaults its mode to the point value', () => {
    // Symmetric triangle on [0, 2]: F(x) = x²/2 below the mode 1, so the 12.5% quantile is 0.5.
    const d = { type: 'triangular', low: 0, high: 2 } as const;
    expect(quantileOf(d, 0.125, 1)).toBeCloseTo(0.5, 12);
    expect(quantileOf(d, 0.5, 1)).toBeCloseTo(1, 12);
    expect(quantileOf(d, 0.875, 1)).toBeCloseTo(1.5, 12);
    // Skewed: mode given explicitly wins over the point value; F(mode) = (c − a)/(b − a).
    expect(quantileOf({ type: 'triangular', low: 0, mode: 3, high: 4 }, 0.75, 1)).toBeCloseTo(3, 12);
  });

  it('collapses to a point when the distribution has zero width', () => {
    for (const u of [0, 0.3, 0.999]) {
      expect(quantileOf({ type: 'triangular', low: 5, high: 5 }, u, 5)).toBe(5);
      expect(quantileOf({ type: 'uniform', low: 5, high: 5 }, u, 5)).toBe(5);
      expect(quantileOf({ type: 'normal', sd: 0, low: 0, high: 9 }, u, 5)).toBe(5);
      expect(quantileOf({ type: 'lognormal', sigma: 0 }, u, 5)).toBe(5);
    }
  });

  it('truncated normal stays within its bounds and is symmetric about a centred mean', () => {
    const d = { type: 'normal', sd: 2, low: 7, high: 13 } as const;
    expect(quantileOf(d, 0.5, 10)).toBeCloseTo(10, 9);
    expect(quantileOf(d, 0.1, 10) + quantileOf(d, 0.9, 10)).toBeCloseTo(20, 6);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (u) => {
        const x = quantileOf(d, u, 10);
        expect(x).toBeGreaterThanOrEqual(7);
        expect(x).toBeLessThanOrEqual(13);
      }),
    );
  });

  it('lognormal has the point value as median and log-normal quantiles', () => {
    const d = { type: 'lognormal', sigma: 0.5 } as const;
    expect(quantileOf(d, 0.5, 100)).toBeCloseTo(100, 9);
    expect(quantileOf(d, 0.975, 100)).toBeCloseTo(100 * Math.exp(0.5 * 1.959963984540054), 4);
  });

  it('is non-decreasing in u for every type', () => {
    const dists = [
      { type: 'uniform', low: 1, high: 3 },
      { type: 'triangular', low: 1, high: 3 },
      { type: 'normal', sd: 1, low: 0, high: 4 },
      { type: 'lognormal', sigma: 0.3, low: 1, high: 5 },
    ] as const;
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        for (const d of dists) expect(quantileOf(d, lo, 2)).toBeLessThanOrEqual(quantileOf(d, hi, 2));
      }),
    );
  });
});
