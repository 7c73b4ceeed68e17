/**
 * Monte Carlo, copula and tornado checked against values worked out independently: quantiles of a uniform
 * distribution pushed through a quantity that is linear in it, and the reference calculation
 * (tests/oracles/reference-model.ts) for one-at-a-time runs. No expected value comes from the code under test.
 */
import { probit, quantile, sampleCorrelation } from 'simple-statistics';
import { beforeEach, describe, expect, it } from 'vitest';
import { toModelInputs } from '../../../src/inputs';
import type { Distribution } from '../../../packages/engine/src/data/schema';
import { AssumptionsFile } from '../../../src/schema';
import { FactRegistry } from '../../../packages/engine/src/model/facts';
import {
  analyseUncertainty,
  drawStream,
  runMonteCarlo,
  runSensitivity,
  uncertainAssumptions,
  type Tornado,
} from '../../../packages/engine/src/model/uncertainty';
import { runModel } from '../../../src/model/project';
import report from '../../../src/report';
import { sensitivity, type CpoUncertainty } from '../../../src/uncertainty';
import { addUncertaintyFacts } from '../../../src/uncertainty/facts';
import { referenceModel } from '../../oracles/reference-model';
import { handWorked, syntheticDoc } from '../../helpers/synthetic';

/** The hand-worked document with distributions put on the given assumptions (by dotted path). */
function withDistributions(dists: Record<string, Distribution>, edit: (p: ReturnType<typeof handWorked>) => void = () => {}): AssumptionsFile {
  const p = handWorked();
  edit(p);
  const doc: any = syntheticDoc(p);
  for (const [id, d] of Object.entries(dists)) {
    const node = id.split('.').reduce((o, k) => o[k], doc);
    node.distribution = d;
  }
  return AssumptionsFile.parse(doc);
}

const events = { crossoverBefore: 2027, cagr: { from: 2026, to: 2027, thresholds: [0.1] } };

describe('CAGR event probabilities against a known distribution', () => {
  // Learning rate ~ Uniform(0.1, 0.3). In the hand-worked case 2026 revenue is 1,000 × $100 and 2027 revenue is
  // 1,500 × $100 × (1 − rate) (one price doubling), so the 2026–2027 growth is 1.5 × (1 − rate) − 1, from 5% to 35%.
  // P(growth > 10%) = P(rate < 1 − 1.1/1.5 = 0.2667) = (0.2667 − 0.1)/0.2 = 5/6; P(growth > 30%) = P(rate < 0.1333) = 1/6.
  // 4,000 draws: a standard error of √(5/6 × 1/6 / 4000) ≈ 0.006; the tolerance 0.025 is about four of them.
  const doc = withDistributions({ 'pricing.learningRate': { type: 'uniform', low: 0.1, high: 0.3 } });

  it('the share of draws above each threshold is the probability worked out above', () => {
    const u = analyseUncertainty<CpoUncertainty>(report, doc, toModelInputs(doc), {
      seed: 5,
      draws: 4000,
      events: { crossoverBefore: 2027, cagr: { from: 2026, to: 2027, thresholds: [0.1, 0.3] } },
      scenarios: [],
    } as never);
    const [above10, above30] = u.monteCarlo.cagrAbove;
    expect(above10!.threshold).toBe(0.1);
    expect(Math.abs(above10!.probability - 5 / 6)).toBeLessThan(0.025);
    expect(Math.abs(above30!.probability - 1 / 6)).toBeLessThan(0.025);
    // The growth percentiles follow the same line: p50 at rate 0.2 → 1.5 × 0.8 − 1 = 20%; p5 at rate 0.29 → 6.5%.
    expect(Math.abs(u.monteCarlo.cagr.exclEls.p50! - 0.2)).toBeLessThan(0.01);
    expect(Math.abs(u.monteCarlo.cagr.exclEls.p5! - 0.065)).toBeLessThan(0.01);
  });
});

describe('Monte Carlo percentiles against the quantiles of a known distribution', () => {
  // Laser price ~ Uniform($20, $60). 2026 ELS revenue = 1,000 CPO units × 0.25 lasers × price = 250 × price,
  // so its p-th percentile is 250 × (20 + 40p): p5 $5,500, p25 $7,500, p50 $10,000, p75 $12,500, p95 $14,500.
  // 2027: 1,500 × 0.25 × price × 0.9 = 337.5 × price: p5 $7,425 … p95 $19,575.
  const doc = withDistributions({ 'els.laserAspUsd': { type: 'uniform', low: 20, high: 60 } });
  const expected2026 = { p5: 5_500, p25: 7_500, p50: 10_000, p75: 12_500, p95: 14_500 };
  const expected2027 = { p5: 337.5 * 22, p25: 337.5 * 30, p50: 337.5 * 40, p75: 337.5 * 50, p95: 337.5 * 58 };
  // Sampling error of a quantile of 4,000 uniform draws is at most 40 × √(0.25/4000) ≈ $0.32 of laser price;
  // a tolerance of 2% of the range (a laser price of $0.80) is about 2.5 standard errors.
  const tolerance = (scale: number) => 0.02 * 40 * scale;

  it('bands of ELS revenue sit at the uniform quantiles, in the right order', () => {
    const mc = runMonteCarlo(toModelInputs(doc), uncertainAssumptions(doc), { seed: 11, draws: 4000 }, runModel);
    const band = mc.bands['total.elsRevenueUsd']!;
    for (const [p, value] of Object.entries(expected2026))
      expect(Math.abs(band[p as keyof typeof expected2026][0]! - value), `${p} 2026`).toBeLessThan(tolerance(250));
    for (const [p, value] of Object.entries(expected2027))
      expect(Math.abs(band[p as keyof typeof expected2027][1]! - value), `${p} 2027`).toBeLessThan(tolerance(337.5));
    // Revenue excluding lasers does not depend on the laser price: its band is one number.
    const excl = mc.bands['total.cpoRevenueUsd']!;
    expect(excl.p5[0]).toBeCloseTo(100_000, 6);
    expect(excl.p95[0]).toBeCloseTo(100_000, 6);
  });

  it('the published facts carry each percentile under its own name', () => {
    const u = analyseUncertainty<CpoUncertainty>(report, doc, toModelInputs(doc), {
      seed: 11,
      draws: 4000,
      events,
      scenarios: [{ id: 'cheapLasers', label: 'Cheap lasers', rationale: 'test', overrides: { 'els.laserAspUsd': 20 } }],
    } as never);
    const facts = new FactRegistry();
    addUncertaintyFacts(facts, u);
    for (const [p, value] of Object.entries(expected2026)) expect(Math.abs(facts.get(`revenue.2026.els.${p}`).value! - value), p).toBeLessThan(tolerance(250));
    // Including lasers: $100,000 + ELS.
    expect(Math.abs(facts.get('revenue.2026.inclEls.p95').value! - 114_500)).toBeLessThan(tolerance(250));
    // The scenario sets the laser to $20: 2027 revenue including lasers = $120,000 + 1,500 × 0.25 × $18 = $126,750.
    expect(facts.get('scenario.cheapLasers.revenue.2027.inclEls').value).toBeCloseTo(126_750, 6);
  });
});

describe('copula: correlated assumptions land on their own draw positions', () => {
  // Five uniform assumptions in document order: shipments (series multiplier), ASP, learning rate, laser price,
  // cluster size. Three of them are tied, stated against document order and skipping the uncorrelated ones:
  // cluster ~ ASP (+0.8), laser ~ cluster (−0.6), laser ~ ASP (−0.3). Shipments and learning rate stay independent.
  const dists = {
    acceleratorShipments: { type: 'uniform', low: 0.5, high: 1.5 },
    'pricing.cpoAspUsdPer800gEq': { type: 'uniform', low: 50, high: 150 },
    'pricing.learningRate': { type: 'uniform', low: 0.1, high: 0.3 },
    'els.laserAspUsd': { type: 'uniform', low: 20, high: 60 },
    'power.referenceClusterAccelerators': { type: 'uniform', low: 500, high: 1500 },
  } satisfies Record<string, Distribution>;
  const doc = withDistributions(dists);
  const correlations = [
    { between: ['power.referenceClusterAccelerators', 'pricing.cpoAspUsdPer800gEq'] as const, rho: 0.8 },
    { between: ['els.laserAspUsd', 'power.referenceClusterAccelerators'] as const, rho: -0.6 },
    { between: ['els.laserAspUsd', 'pricing.cpoAspUsdPer800gEq'] as const, rho: -0.3 },
  ];

  const draws = 3000;
  // Drawn before each test, not while the file is collected, so mutation testing can tell which test covers what.
  let plan: ReturnType<typeof uncertainAssumptions>;
  let drawn: number[][];
  beforeEach(() => {
    plan = uncertainAssumptions(doc);
    const next = drawStream(plan, 5, correlations);
    drawn = Array.from({ length: draws }, () => Array.from(next()));
  });
  /** The drawn values of one assumption, found by its id in the plan. */
  const valuesOf = (id: string) => {
    const j = plan.findIndex((a) => a.id === id);
    return drawn.map((row) => row[j]!);
  };
  // Normal scores of each drawn value: u = (x − low)/(high − low), z = Φ⁻¹(u) (simple-statistics' probit).
  const scoresOf = (id: keyof typeof dists) =>
    valuesOf(id).map((x) => probit(Math.min(1 - 1e-9, Math.max(1e-9, (x - dists[id].low) / (dists[id].high - dists[id].low)))));
  const corr = (a: keyof typeof dists, b: keyof typeof dists) => sampleCorrelation(scoresOf(a), scoresOf(b));

  it('draws the five assumptions in document order, one value each per draw', () => {
    expect(plan.map((a) => a.id)).toEqual(Object.keys(dists));
    expect(drawn.length).toBe(draws);
    expect(drawn.every((row) => row.length === 5)).toBe(true);
  });

  it('is the stream the Monte Carlo draws from', () => {
    const mc = runMonteCarlo(toModelInputs(doc), plan, { seed: 5, draws, correlations }, runModel);
    // 2026 ELS revenue = 1,000 accelerators × shipments multiplier × 2 × 1/2 CPO × 0.25 lasers × laser price.
    const m = valuesOf('acceleratorShipments');
    const els = valuesOf('els.laserAspUsd').map((price, d) => 250 * m[d]! * price);
    expect(mc.bands['total.elsRevenueUsd']!.p50[0]).toBeCloseTo(quantile(els, 0.5), 6);
    expect(mc.bands['total.elsRevenueUsd']!.p95[0]).toBeCloseTo(quantile(els, 0.95), 6);
    // CPO power of the reference cluster in 2026 = cluster size × 7.2 W (see the hand-worked case).
    expect(mc.bands['power.clusterPowerW.cpo']!.p25[0]).toBeCloseTo(7.2 * quantile(valuesOf('power.referenceClusterAccelerators'), 0.25), 6);
  });

  it('gives each correlated pair its stated correlation of normal scores', () => {
    // Standard error of a correlation from 3,000 pairs is below 0.02; 0.06 is three of them.
    expect(corr('power.referenceClusterAccelerators', 'pricing.cpoAspUsdPer800gEq')).toBeCloseTo(0.8, 1);
    expect(Math.abs(corr('power.referenceClusterAccelerators', 'pricing.cpoAspUsdPer800gEq') - 0.8)).toBeLessThan(0.06);
    expect(Math.abs(corr('els.laserAspUsd', 'power.referenceClusterAccelerators') + 0.6)).toBeLessThan(0.06);
    expect(Math.abs(corr('els.laserAspUsd', 'pricing.cpoAspUsdPer800gEq') + 0.3)).toBeLessThan(0.06);
  });

  it('leaves the uncorrelated assumptions independent of every other', () => {
    for (const free of ['acceleratorShipments', 'pricing.learningRate'] as const) {
      const others = (Object.keys(dists) as (keyof typeof dists)[]).filter((id) => id !== free);
      expect(others.length).toBe(4);
      for (const other of others) expect(Math.abs(corr(free, other)), `${free} ~ ${other}`).toBeLessThan(0.06);
    }
  });

  it('keeps every marginal uniform over its range', () => {
    expect(Object.keys(dists).length).toBe(5);
    for (const [id, d] of Object.entries(dists)) {
      const xs = valuesOf(id);
      const below = (q: number) => xs.filter((x) => x < d.low + q * (d.high - d.low)).length / xs.length;
      expect(Math.abs(below(0.1) - 0.1), id).toBeLessThan(0.02);
      expect(Math.abs(below(0.5) - 0.5), id).toBeLessThan(0.03);
      expect(Math.abs(below(0.9) - 0.9), id).toBeLessThan(0.02);
    }
  });
});

describe('tornado against one-at-a-time runs of the reference calculation', () => {
  // Three revenue drivers with uniform ranges, plus two assumptions that cannot move revenue excluding lasers.
  const dists = {
    'pricing.cpoAspUsdPer800gEq': { type: 'uniform', low: 80, high: 120 },
    'pricing.learningRate': { type: 'uniform', low: 0.1, high: 0.3 },
    'segments.scaleUp.adoption.cap': { type: 'uniform', low: 0.4, high: 0.6 },
    'els.laserAspUsd': { type: 'uniform', low: 20, high: 60 },
    'power.referenceClusterAccelerators': { type: 'uniform', low: 500, high: 1500 },
  } satisfies Record<string, Distribution>;
  // Scale-up gets a sliver of bandwidth (0.001 800G-eq per accelerator), so its ceiling moves 2027 revenue by a
  // tiny but real amount: the cut-off must keep it.
  const doc = withDistributions(dists, (p) => {
    p.scaleUp.portsPerAccelerator = [0.001, 0.001];
  });
  let t: { revenue: Tornado; cagr: Tornado };
  beforeEach(() => {
    // The report's tornado metrics: revenue excluding lasers in the window's last year, and its growth over the window.
    const inputs = toModelInputs(doc);
    const { metrics } = sensitivity({ doc, inputs, events, run: runModel });
    t = runSensitivity(inputs, uncertainAssumptions(doc), runModel, metrics);
  });

  /** 2027 revenue and 2026–2027 growth of the reference model with one assumption set to `value`. */
  const reference = (id: string, value: number) => {
    const d: any = structuredClone(doc);
    id.split('.').reduce((o, k) => o[k], d).value = value;
    const ref = referenceModel(d);
    return { revenue: ref.rows[1]!.revenue, cagr: ref.cagr(2026, 2027) };
  };
  const at = (d: { low: number; high: number }, p: number) => d.low + p * (d.high - d.low);

  it('leaves out exactly the assumptions that cannot move the metric, and keeps a small real effect', () => {
    expect(t.revenue.rows.map((r) => r.id).sort()).toEqual(['pricing.cpoAspUsdPer800gEq', 'pricing.learningRate', 'segments.scaleUp.adoption.cap']);
    // The ASP scales every year's revenue alike, so it cannot move the growth rate either.
    expect(t.cagr.rows.map((r) => r.id).sort()).toEqual(['pricing.learningRate', 'segments.scaleUp.adoption.cap']);
    const cap = t.revenue.rows.find((r) => r.id === 'segments.scaleUp.adoption.cap')!;
    expect(cap.swing / t.revenue.base).toBeLessThan(1e-3);
  });

  it('each bar is the reference model at the 5th and 95th percentile, widest first', () => {
    expect(t.revenue.rows.length).toBe(3);
    for (const row of t.revenue.rows) {
      const d = dists[row.id as keyof typeof dists];
      expect(row.lowInput).toBeCloseTo(at(d, 0.05), 12);
      expect(row.highInput).toBeCloseTo(at(d, 0.95), 12);
      expect(row.low).toBeCloseTo(reference(row.id, at(d, 0.05)).revenue, 4);
      expect(row.high).toBeCloseTo(reference(row.id, at(d, 0.95)).revenue, 4);
    }
    // ASP 82 → 118 moves 2027 revenue by 1,500 × 0.8 × 36 = $43,200; the learning rate 0.11 → 0.29 by
    // 1,500 × 100 × 0.18 = $27,000; the scale-up ceiling by far less.
    expect(t.revenue.rows.map((r) => r.id)).toEqual(['pricing.cpoAspUsdPer800gEq', 'pricing.learningRate', 'segments.scaleUp.adoption.cap']);
    expect(t.revenue.rows[0]!.swing).toBeCloseTo(43_200, -2);
    expect(t.revenue.rows[1]!.swing).toBeCloseTo(27_000, -2);
  });
});
