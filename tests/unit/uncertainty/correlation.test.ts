import { runCpoMonteCarlo } from '../../helpers/cpo-monte-carlo';
import { resolve } from 'node:path';
import { sampleRankCorrelation } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { loadVintage } from '../../../packages/engine/src/data/load';
import { uncertainAssumptions } from '../../../packages/engine/src/model/uncertainty';
import { choleskyOf, correlateUniforms } from '../../../packages/engine/src/model/uncertainty/correlation';
import { uniformStream } from '../../../packages/engine/src/model/uncertainty/rng';

describe('uncertainty/correlation (Gaussian copula)', () => {
  it('gives the rank correlation of a bivariate normal, 6/π·asin(ρ/2), and keeps the marginals uniform', () => {
    const rho = 0.8;
    const chol = choleskyOf(['a', 'b'], [{ between: ['a', 'b'], rho }]);
    if ('error' in chol) throw new Error(chol.error);
    const correlate = correlateUniforms(chol.factor, 2);
    const next = uniformStream(3);
    const a: number[] = [];
    const b: number[] = [];
    const u = new Float64Array(2);
    for (let i = 0; i < 20_000; i++) {
      u[0] = next();
      u[1] = next();
      correlate(u);
      a.push(u[0]!);
      b.push(u[1]!);
    }
    expect(sampleRankCorrelation(a, b)).toBeCloseTo((6 / Math.PI) * Math.asin(rho / 2), 1);
    for (const xs of [a, b]) {
      expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeCloseTo(0.5, 2);
      expect(xs.filter((x) => x < 0.1).length / xs.length).toBeCloseTo(0.1, 1);
    }
  });

  it('factors a 3×3 matrix with asymmetric placement: L is lower-triangular and L·Lᵀ is the stated matrix', () => {
    // Hand-worked: for ids [x, y, z], with ρ(x,z) = 0.5 and ρ(z,y) = 0.3 stated in reverse order and ρ(x,y) = 0,
    //   L = [[1, 0, 0], [0, 1, 0], [0.5, 0.3, √(1 − 0.25 − 0.09)]] = [[1,0,0],[0,1,0],[0.5,0.3,0.8124…]].
    const ids = ['x', 'y', 'z'];
    const r = choleskyOf(ids, [
      { between: ['x', 'z'], rho: 0.5 },
      { between: ['z', 'y'], rho: 0.3 },
    ]);
    expect('factor' in r).toBe(true);
    const l = (r as { factor: Float64Array }).factor;
    const expected = [1, 0, 0, 0, 1, 0, 0.5, 0.3, Math.sqrt(1 - 0.25 - 0.09)];
    expect(l).toHaveLength(9);
    l.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 12));
    // And L·Lᵀ gives back every stated correlation, in both positions, with ones on the diagonal.
    const stated: Record<string, number> = { 'x,z': 0.5, 'z,x': 0.5, 'y,z': 0.3, 'z,y': 0.3 };
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        let dot = 0;
        for (let p = 0; p < 3; p++) dot += l[i * 3 + p]! * l[j * 3 + p]!;
        const want = i === j ? 1 : (stated[`${ids[i]},${ids[j]}`] ?? 0);
        expect(dot, `entry (${ids[i]}, ${ids[j]})`).toBeCloseTo(want, 12);
      }
    }
  });

  it('divides by the diagonal of the factor when it is not 1', () => {
    // ρ(x,y) = 0.6, ρ(x,z) = 0.5, ρ(y,z) = 0.7:
    //   L = [[1, 0, 0], [0.6, 0.8, 0], [0.5, (0.7 − 0.6 × 0.5)/0.8 = 0.5, √(1 − 0.25 − 0.25) = √0.5]].
    const r = choleskyOf(
      ['x', 'y', 'z'],
      [
        { between: ['x', 'y'], rho: 0.6 },
        { between: ['x', 'z'], rho: 0.5 },
        { between: ['y', 'z'], rho: 0.7 },
      ],
    );
    const l = (r as { factor: Float64Array }).factor;
    const expected = [1, 0, 0, 0.6, 0.8, 0, 0.5, 0.5, Math.SQRT1_2];
    expect([...l].map((v) => +v.toFixed(12))).toEqual(expected.map((v) => +v.toFixed(12)));
  });

  it('rejects correlations that cannot hold together', () => {
    const r = choleskyOf(
      ['a', 'b', 'c'],
      [
        { between: ['a', 'b'], rho: 0.9 },
        { between: ['b', 'c'], rho: 0.9 },
        { between: ['a', 'c'], rho: -0.9 },
      ],
    );
    expect(r).toEqual({ error: expect.stringMatching(/not consistent with each other/) });
  });

  it('changes the Monte Carlo only when correlations are given, and stays reproducible', () => {
    const v = loadVintage(resolve('data/vintages/2026-11'));
    const plan = uncertainAssumptions(v.assumptions);
    const base = { seed: 9, draws: 400, events: v.uncertainty!.events };
    const corr = [{ between: ['segments.scaleUp.adoption.midpointYear', 'segments.scaleUp.adoption.cap'] as const, rho: -0.9 }];
    const independent = JSON.stringify(runCpoMonteCarlo(v.inputs, plan, base));
    expect(JSON.stringify(runCpoMonteCarlo(v.inputs, plan, { ...base, correlations: [] }))).toBe(independent);
    const a = JSON.stringify(runCpoMonteCarlo(v.inputs, plan, { ...base, correlations: corr }));
    expect(a).not.toBe(independent);
    expect(JSON.stringify(runCpoMonteCarlo(v.inputs, plan, { ...base, correlations: corr }))).toBe(a);
  });
});
