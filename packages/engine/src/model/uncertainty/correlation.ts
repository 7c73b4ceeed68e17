import { normalCdf, normalQuantile } from './normal';

export interface Correlation {
  between: readonly [string, string];
  rho: number;
}

/**
 * Lower Cholesky factor of the correlation matrix over `ids` (row-major), or a message naming the problem
 * when the stated correlations cannot hold together (the matrix is not positive definite).
 */
export function choleskyOf(ids: readonly string[], correlations: readonly Correlation[]): { factor: Float64Array } | { error: string } {
  const k = ids.length;
  const m = new Float64Array(k * k);
  for (let i = 0; i < k; i++) m[i * k + i] = 1;
  for (const c of correlations) {
    const a = ids.indexOf(c.between[0]);
    const b = ids.indexOf(c.between[1]);
    m[a * k + b] = c.rho;
    m[b * k + a] = c.rho;
  }
  const l = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = m[i * k + j]!;
      for (let p = 0; p < j; p++) sum -= l[i * k + p]! * l[j * k + p]!;
      if (i === j) {
        if (sum <= 1e-12) return { error: `the correlations are not consistent with each other (the matrix is not positive definite at "${ids[i]}")` };
        l[i * k + i] = Math.sqrt(sum);
      } else l[i * k + j] = sum / l[j * k + j]!;
    }
  }
  return { factor: l };
}

// A uniform of exactly 0 would map to −∞; the generator can return it (probability 2⁻⁵³).
const EPS = 2 ** -53;

/**
 * Gaussian copula: turns independent uniforms into uniforms whose normal scores have the stated correlation
 * (u → z = Φ⁻¹(u) → L·z → Φ). Each assumption keeps its own distribution; only the joint ranks change.
 * `positions` maps the factor's rows to places in the uniform vector, so uncorrelated assumptions are left as drawn.
 */
export function correlateUniforms(factor: Float64Array, k: number, positions: readonly number[] = Array.from({ length: k }, (_, i) => i)) {
  const z = new Float64Array(k);
  return (u: Float64Array) => {
    for (let i = 0; i < k; i++) z[i] = normalQuantile(Math.min(1 - EPS, Math.max(EPS, u[positions[i]!]!)));
    for (let i = 0; i < k; i++) {
      let y = 0;
      for (let p = 0; p <= i; p++) y += factor[i * k + p]! * z[p]!;
      u[positions[i]!] = normalCdf(y);
    }
  };
}
