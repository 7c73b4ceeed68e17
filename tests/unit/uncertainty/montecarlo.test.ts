import { resolve } from 'node:path';
import { quantile } from 'simple-statistics';
import { beforeEach, describe, expect, it } from 'vitest';
import { listAssumptions } from '../../../packages/engine/src/data/assumptions';
import { toModelInputs } from '../../../src/inputs';
import { loadVintage } from '../../../packages/engine/src/data/load';
import type { AssumptionsFile } from '../../../src/schema';
import { runModel } from '../../../src/model/project';
import { drawStream, PERCENTILES, runMonteCarlo, uncertainAssumptions } from '../../../packages/engine/src/model/uncertainty';
import { uniformStream } from '../../../packages/engine/src/model/uncertainty/rng';
import { handWorked, syntheticDoc } from '../../helpers/synthetic';
import { lastingCrossoverYear } from '../../../packages/engine/src/model/uncertainty/montecarlo';
import { inputsWith } from '../../../packages/engine/src/model/uncertainty/plan';
import { yearlySeries } from '../../../packages/engine/src/model/uncertainty/series';
import { runCpoMonteCarlo } from '../../helpers/cpo-monte-carlo';
import { referenceModel } from '../../oracles/reference-model';

const vintage = loadVintage(resolve('data/vintages/2026-11'));
const settings = (draws: number, seed = 7) => ({ seed, draws, events: vintage.uncertainty!.events });

/** A copy of the vintage's assumptions with every distribution removed, then `keep` applied. */
function onlyDistributions(edit: (doc: AssumptionsFile) => void): AssumptionsFile {
  const doc = structuredClone(vintage.assumptions);
  for (const { node } of listAssumptions(doc)) delete node.distribution;
  edit(doc);
  return doc;
}

describe('uncertainty/montecarlo', () => {
  let plan: ReturnType<typeof uncertainAssumptions>;
  // Computed before each test, not while the file is collected, so mutation testing can tell which test covers what.
  let run: ReturnType<typeof runCpoMonteCarlo> | undefined;
  beforeEach(() => {
    plan = uncertainAssumptions(vintage.assumptions);
    run = undefined;
  });
  /** The 2,000-draw run, made by the first call in a test (only the tests that read it pay for it). */
  const mc = () => (run ??= runCpoMonteCarlo(vintage.inputs, plan, settings(2000)));

  it('draws every assumption that carries a distribution', () => {
    expect(plan.length).toBeGreaterThan(5);
    expect(mc().assumptions).toEqual(plan.map((a) => a.id));
  });

  it('orders the percentiles p5 ≤ p25 ≤ p50 ≤ p75 ≤ p95 for every yearly series', () => {
    const names = yearlySeries(runModel(vintage.inputs)).map((s) => s.name);
    expect(Object.keys(mc().bands).sort()).toEqual([...names].sort());
    for (const [name, b] of Object.entries(mc().bands)) {
      mc().years.forEach((_, i) => {
        for (let k = 1; k < PERCENTILES.length; k++) {
          expect(b[PERCENTILES[k]!][i]!, `${name} ${mc().years[i]} ${PERCENTILES[k]}`).toBeGreaterThanOrEqual(b[PERCENTILES[k - 1]!][i]!);
        }
      });
    }
    for (const q of Object.values(mc().cagr))
      for (let k = 1; k < PERCENTILES.length; k++) expect(q[PERCENTILES[k]!]).toBeGreaterThanOrEqual(q[PERCENTILES[k - 1]!]);
  });

  it('actually spreads the revenue: p5 below and p95 above the point forecast in 2030', () => {
    const point = runModel(vintage.inputs).total.cpoRevenueUsd.at(-1)!;
    expect(mc().bands['total.cpoRevenueUsd']!.p5.at(-1)!).toBeLessThan(point);
    expect(mc().bands['total.cpoRevenueUsd']!.p95.at(-1)!).toBeGreaterThan(point);
  });

  it('collapses every band to the point forecast when all distributions have zero width', () => {
    const doc = onlyDistributions((d) => {
      for (const { node } of listAssumptions(d)) {
        node.distribution = 'values' in node ? { type: 'uniform', low: 1, high: 1 } : { type: 'triangular', low: node.value, high: node.value };
      }
    });
    const inputs = toModelInputs(doc);
    const zero = runCpoMonteCarlo(inputs, uncertainAssumptions(doc), settings(300));
    const point = runModel(inputs);
    for (const s of yearlySeries(point)) {
      for (const p of PERCENTILES) expect(zero.bands[s.name]![p], `${s.name} ${p}`).toEqual(s.get(point));
    }
    const only = zero.crossover.distribution.filter((c) => c.probability > 0);
    expect(only).toEqual([{ year: point.metrics.crossoverYear, probability: 1 }]);
  });

  it('reproduces the quantiles of a single uniform input (demand is linear in accelerator shipments)', () => {
    const doc = onlyDistributions((d) => {
      d.acceleratorShipments.distribution = { type: 'uniform', low: 0.8, high: 1.2 };
    });
    const inputs = toModelInputs(doc);
    const run = runCpoMonteCarlo(inputs, uncertainAssumptions(doc), settings(10_000, 42));
    const point = runModel(inputs).total.demand800gEq;
    const expected = { p5: 0.82, p25: 0.9, p50: 1.0, p75: 1.1, p95: 1.18 };
    // Standard error of a sample quantile of U(0.8, 1.2) with 10,000 draws is ≤ 0.002; allow about 2.5 of them.
    for (const p of PERCENTILES) {
      run.years.forEach((_, i) => expect(run.bands['total.demand800gEq']![p][i]! / point[i]!).toBeCloseTo(expected[p], 2));
    }
  });

  it('gives byte-identical results for the same seed and different ones for another seed', () => {
    const a = JSON.stringify(runCpoMonteCarlo(vintage.inputs, plan, settings(500, 123)));
    const b = JSON.stringify(runCpoMonteCarlo(vintage.inputs, plan, settings(500, 123)));
    const c = JSON.stringify(runCpoMonteCarlo(vintage.inputs, plan, settings(500, 124)));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('event probabilities are consistent with the crossover distribution and fall with the CAGR threshold', () => {
    const total = mc().crossover.distribution.reduce((s, c) => s + c.probability, 0);
    expect(total).toBeCloseTo(1, 12);
    const before = mc()
      .crossover.distribution.filter((c) => c.year !== null && c.year < mc().crossover.before)
      .reduce((s, c) => s + c.probability, 0);
    expect(mc().crossover.probabilityBefore).toBeCloseTo(before, 12);
    const probs = [...mc().cagrAbove].sort((x, y) => x.threshold - y.threshold).map((c) => c.probability);
    for (let k = 1; k < probs.length; k++) expect(probs[k]!).toBeLessThanOrEqual(probs[k - 1]!);
  });

  it('feeds each draw to the model as the assumption documents say: checked draw by draw against the reference calculation', () => {
    // The draws themselves come from the public stream; each is written into a copy of the raw assumptions by hand
    // (a scalar takes the drawn value, or its point value times a relative draw; a series is scaled every year) and
    // priced by the independent reference calculation. Nothing here goes through the in-place writer or runModel.
    const draws = 300;
    const next = drawStream(plan, 42, vintage.uncertainty!.correlations ?? []);
    const revenue2030: number[] = [];
    for (let d = 0; d < draws; d++) {
      const values = next();
      const doc: any = structuredClone(vintage.assumptions);
      plan.forEach((a, j) => {
        const node = a.path.reduce((o, k) => o[k], doc);
        if ('values' in node) for (const y of Object.keys(node.values)) node.values[y] *= values[j]!;
        else node.value = a.role === 'multiplier' ? node.value * values[j]! : values[j]!;
      });
      revenue2030.push(referenceModel(doc).rows.at(-1)!.revenue);
    }
    const mc = runCpoMonteCarlo(vintage.inputs, plan, {
      seed: 42,
      draws,
      events: vintage.uncertainty!.events,
      correlations: vintage.uncertainty!.correlations ?? [],
    });
    const band = mc.bands['total.cpoRevenueUsd']!;
    for (const [p, q] of [
      ['p5', 0.05],
      ['p50', 0.5],
      ['p95', 0.95],
    ] as const) {
      expect(band[p].at(-1)! / quantile(revenue2030, q) - 1, p).toBeCloseTo(0, 9);
    }
    // The base inputs are never written to.
    expect(vintage.inputs).toEqual(loadVintage(resolve('data/vintages/2026-11')).inputs);
  });
});

describe('uncertainty/plan', () => {
  it('a relative scalar distribution multiplies the point value; an absolute one replaces it', () => {
    const plan = uncertainAssumptions(vintage.assumptions);
    const cap = plan.find((a) => a.id === 'segments.scaleOut.adoption.cap')!;
    const rate = plan.find((a) => a.id === 'pricing.learningRate')!;
    expect(cap).toMatchObject({ role: 'multiplier', centre: 1 });
    expect(rate).toMatchObject({ role: 'scalar', centre: vintage.assumptions.pricing.learningRate.value });
    const values = plan.map((a) => a.centre);
    values[plan.indexOf(cap)] = 1.5;
    values[plan.indexOf(rate)] = 0.2;
    const inputs = inputsWith(vintage.inputs, plan, values);
    expect(inputs.segments.scaleOut.adoption.cap).toBe(vintage.inputs.segments.scaleOut.adoption.cap * 1.5);
    expect(inputs.pricing.learningRate).toBe(0.2);
    expect(inputs.acceleratorShipments).toEqual(vintage.inputs.acceleratorShipments);
  });
});

describe('uncertainty/lastingCrossoverYear', () => {
  const years = [2024, 2025, 2026, 2027];
  it('dates the crossover from which the challenger stays ahead', () => {
    expect(lastingCrossoverYear(years, [1, 1, 3, 4], [2, 2, 2, 2])).toBe(2026);
    expect(lastingCrossoverYear(years, [3, 1, 3, 4], [2, 2, 2, 2])).toBe(2026);
    expect(lastingCrossoverYear(years, [3, 3, 3, 3], [2, 2, 2, 2])).toBe(2024);
    expect(lastingCrossoverYear(years, [3, 3, 3, 1], [2, 2, 2, 2])).toBeNull();
  });

  it('does not count a tie as a lead', () => {
    expect(lastingCrossoverYear(years, [2, 3, 3, 3], [2, 2, 2, 2])).toBe(2025);
    expect(lastingCrossoverYear(years, [3, 3, 3, 2], [2, 2, 2, 2])).toBeNull();
  });
});

describe('uncertainty/drawStream and runMonteCarlo, on two uniform assumptions of the hand-worked case', () => {
  // Learning rate ~ U(0.1, 0.3) and laser price ~ U(20, 60), in document order (pricing before els).
  const doc = (() => {
    const d = syntheticDoc(handWorked()) as any;
    d.pricing.learningRate.distribution = { type: 'uniform', low: 0.1, high: 0.3 };
    d.els.laserAspUsd.distribution = { type: 'uniform', low: 20, high: 60 };
    return d as AssumptionsFile;
  })();
  const planOf = () => uncertainAssumptions(doc);

  it('takes one number per assumption per draw from the seeded stream, in plan order', () => {
    const plan = planOf();
    expect(plan.map((a) => a.id)).toEqual(['pricing.learningRate', 'els.laserAspUsd']);
    const next = drawStream(plan, 9);
    const u = uniformStream(9);
    for (let d = 0; d < 3; d++) {
      const [rate, laser] = next();
      expect(rate, `draw ${d}`).toBeCloseTo(0.1 + 0.2 * u(), 12);
      expect(laser, `draw ${d}`).toBeCloseTo(20 + 40 * u(), 12);
    }
  });

  it('ignores a correlation with an assumption that is not drawn, and refuses correlations that cannot hold together', () => {
    const plain = drawStream(planOf(), 9);
    const withStray = drawStream(planOf(), 9, [{ between: ['pricing.learningRate', 'not.drawn'], rho: 0.9 }]);
    for (let d = 0; d < 3; d++) expect([...withStray()]).toEqual([...plain()]);
    expect(() => drawStream(planOf(), 9, [{ between: ['pricing.learningRate', 'els.laserAspUsd'], rho: 1 }])).toThrow(
      /the correlations are not consistent with each other \(the matrix is not positive definite at "els.laserAspUsd"\)/,
    );
  });

  it('keeps the first assumption of a correlated pair as drawn and ties the second to it', () => {
    // The copula's factor has 1 in its first row, so the first normal score passes through unchanged (up to the
    // 1e-7 accuracy of Φ, which is simple-statistics' erf).
    const plain = drawStream(planOf(), 9);
    const tied = drawStream(planOf(), 9, [{ between: ['pricing.learningRate', 'els.laserAspUsd'], rho: 0.5 }]);
    let moved = 0;
    for (let d = 0; d < 20; d++) {
      const [rate, laser] = [...plain()];
      const [tiedRate, tiedLaser] = [...tied()];
      expect(tiedRate, `draw ${d}`).toBeCloseTo(rate!, 6);
      if (Math.abs(tiedLaser! - laser!) > 1e-9) moved++;
    }
    expect(moved).toBe(20);
  });

  it('reports progress about fifty times, and always at the last draw', () => {
    // 125 draws: every 2nd draw (⌊125/50⌋) and the 125th: 62 + 1 calls.
    const calls: [number, number][] = [];
    runMonteCarlo(toModelInputs(doc), planOf(), { seed: 3, draws: 125 }, runModel, [], (done, total) => calls.push([done, total]));
    expect(calls).toHaveLength(63);
    expect(calls[0]).toEqual([2, 125]);
    expect(calls[61]).toEqual([124, 125]);
    expect(calls.at(-1)).toEqual([125, 125]);
    // Fewer than 50 draws: every draw.
    const few: number[] = [];
    runMonteCarlo(toModelInputs(doc), planOf(), { seed: 3, draws: 7 }, runModel, [], (done) => few.push(done));
    expect(few).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
