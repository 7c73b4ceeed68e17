import type { Distribution } from '../../data/schema';
import { normalCdf, normalQuantile } from './normal';

/**
 * Inverse CDF of an assumption's distribution: the value at cumulative probability `u` (0 ≤ u < 1).
 * Every draw uses exactly one uniform number per assumption, so the random stream (and with it every
 * result) depends only on the seed and the list of uncertain assumptions. `centre` is the point value of a
 * scalar, or 1 for a series multiplier; it is the default mode / mean / median.
 */
export function quantileOf(d: Distribution, u: number, centre: number): number {
  switch (d.type) {
    case 'uniform':
      return d.low + u * (d.high - d.low);
    case 'triangular': {
      const { low: a, high: b } = d;
      const c = d.mode ?? centre;
      if (b === a) return a;
      const split = (c - a) / (b - a);
      return u < split ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
    }
    case 'normal': {
      const mean = d.mean ?? centre;
      if (d.sd === 0) return mean;
      return clamp(mean + d.sd * truncatedStdNormal(u, (d.low - mean) / d.sd, (d.high - mean) / d.sd), d.low, d.high);
    }
    case 'lognormal': {
      const median = d.median ?? centre;
      if (d.sigma === 0) return median;
      const lo = d.low === undefined ? -Infinity : Math.log(d.low / median) / d.sigma;
      const hi = d.high === undefined ? Infinity : Math.log(d.high / median) / d.sigma;
      return clamp(median * Math.exp(d.sigma * truncatedStdNormal(u, lo, hi)), d.low ?? 0, d.high ?? Infinity);
    }
  }
}

/** Standard normal truncated to [lo, hi], by inverting its CDF. */
function truncatedStdNormal(u: number, lo: number, hi: number): number {
  const pLo = normalCdf(lo);
  const pHi = normalCdf(hi);
  return normalQuantile(pLo + u * (pHi - pLo));
}

// Rounding in Φ and Φ⁻¹ can step a hair past a bound; the schema promises the model never sees that.
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
