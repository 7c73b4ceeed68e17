import fc from 'fast-check';
import { errorFunction } from 'simple-statistics';
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

  it('reaches the far tails (p down to 1e-300), checked against an independent tail probability', () => {
    // Q(x) = 1 − Φ(x) = φ(x) / (x + 1/(x + 2/(x + 3/(x + …)))), Laplace's continued fraction, evaluated from the
    // bottom up; 80 levels are exact to double precision for x ≥ 5. Compared through logarithms: 1e-300 is
    // near the smallest double, and Φ⁻¹ there is about −37.
    const logUpperTail = (x: number) => {
      let d = x;
      for (let k = 80; k >= 1; k--) d = x + k / d;
      return -0.5 * x * x - 0.5 * Math.log(2 * Math.PI) - Math.log(d);
    };
    for (const p of [1e-12, 1e-20, 1e-50, 1e-100, 1e-300]) {
      const x = normalQuantile(p);
      expect(x, String(p)).toBeLessThan(-7);
      expect(logUpperTail(-x) / Math.log(p) - 1, String(p)).toBeCloseTo(0, 12);
      // The upper tail mirrors the lower: Φ⁻¹(1 − p) = −Φ⁻¹(p), where 1 − p is representable.
      if (p >= 1e-15) expect(normalQuantile(1 - p) / -x - 1, String(p)).toBeCloseTo(0, 3);
    }
    // In the middle tail (1e-11 < p < 0.075) the same check holds to 1e-9.
    for (const p of [1e-11, 1e-6, 0.01, 0.07]) expect(logUpperTail(-normalQuantile(p)) / Math.log(p) - 1, String(p)).toBeCloseTo(0, 9);
  });

  it('gives the limits at and beyond the ends of the unit interval, and Φ of ±∞', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(-0.5)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(1.5)).toBe(Infinity);
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(-Infinity)).toBe(0);
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

  it('triangular away from zero: F(mode) = (c − a)/(b − a) and both arms of the quantile', () => {
    // a = 2, c = 3, b = 6: F(c) = 1/4. Below: x = a + √(u(b − a)(c − a)), u = 1/16 → 2 + √(1/4) = 2.5.
    // Above: x = b − √((1 − u)(b − a)(b − c)), u = 3/4 → 6 − √3.
    const d = { type: 'triangular', low: 2, mode: 3, high: 6 } as const;
    expect(quantileOf(d, 1 / 16, 4)).toBeCloseTo(2.5, 12);
    expect(quantileOf(d, 0.25, 4)).toBeCloseTo(3, 12);
    expect(quantileOf(d, 0.75, 4)).toBeCloseTo(6 - Math.sqrt(3), 12);
  });

  it('normal with distant bounds has the textbook quantiles mean + sd·z', () => {
    const d = { type: 'normal', sd: 2, low: -100, high: 100 } as const;
    expect(quantileOf(d, 0.975, 10)).toBeCloseTo(10 + 2 * 1.959963984540054, 6);
    expect(quantileOf({ ...d, mean: 20 }, 0.025, 10)).toBeCloseTo(20 - 2 * 1.959963984540054, 6);
  });

  it('truncated lognormal puts its CDF, renormalised to the bounds, at u', () => {
    // Median 100, σ = 0.5, truncated to [80, 200]: F(x) = (Φ(ln(x/100)/σ) − Φ(ln 0.8/σ)) / (Φ(ln 2/σ) − Φ(ln 0.8/σ)).
    const phi = (z: number) => 0.5 * (1 + errorFunction(z / Math.SQRT2));
    const [lo, hi] = [phi(Math.log(0.8) / 0.5), phi(Math.log(2) / 0.5)];
    const cdf = (x: number) => (phi(Math.log(x / 100) / 0.5) - lo) / (hi - lo);
    const d = { type: 'lognormal', sigma: 0.5, low: 80, high: 200 } as const;
    for (const u of [0.01, 0.25, 0.5, 0.9, 0.99]) {
      const x = quantileOf(d, u, 100);
      expect(x, String(u)).toBeGreaterThan(80);
      expect(cdf(x), String(u)).toBeCloseTo(u, 6);
    }
    // Bounded above only: F(x) = Φ(ln(x/100)/σ) / Φ(ln 2/σ), no lower cut.
    const above = { type: 'lognormal', sigma: 0.5, high: 200 } as const;
    for (const u of [0.001, 0.5]) expect(phi(Math.log(quantileOf(above, u, 100) / 100) / 0.5) / hi, String(u)).toBeCloseTo(u, 6);
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
