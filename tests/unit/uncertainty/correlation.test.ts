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
