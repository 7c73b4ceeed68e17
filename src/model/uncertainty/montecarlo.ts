import { quantile as quantiles } from 'simple-statistics';
import { cagr } from '../metrics';
import { runModel } from '../project';
import { yearIndex } from '../series';
import type { ModelInputs, Results } from '../types';
import { choleskyOf, correlateUniforms, type Correlation } from './correlation';
import { drawValue, makeWriter, type UncertainAssumption } from './plan';
import { uniformStream } from './rng';
import { yearlySeries } from './series';

export const PERCENTILES = ['p5', 'p25', 'p50', 'p75', 'p95'] as const;
export type Percentile = (typeof PERCENTILES)[number];
const PROBABILITY: Record<Percentile, number> = { p5: 0.05, p25: 0.25, p50: 0.5, p75: 0.75, p95: 0.95 };

/** Percentile bands of one yearly series: each is an array aligned with the years. */
export type Bands = Record<Percentile, number[]>;
export type Quantiles = Record<Percentile, number>;

/** Series whose CAGR over the event window is tracked per draw. */
export const CAGR_SERIES = {
  exclEls: (r: Results) => r.total.cpoRevenueUsd,
  inclEls: (r: Results) => r.total.revenueInclElsUsd,
  scaleOut: (r: Results) => r.segments.scaleOut.cpoRevenueUsd,
  scaleUp: (r: Results) => r.segments.scaleUp.cpoRevenueUsd,
} as const;
export type CagrKey = keyof typeof CAGR_SERIES;

export interface MonteCarloSettings {
  seed: number;
  draws: number;
  events: { crossoverBefore: number; cagr: { from: number; to: number; thresholds: readonly number[] } };
  /** Rank correlations between assumptions (Gaussian copula); pairs with a pinned assumption are ignored. */
  correlations?: readonly Correlation[];
}

export interface MonteCarloResult {
  seed: number;
  draws: number;
  years: number[];
  /** Ids of the assumptions drawn, in draw order. */
  assumptions: string[];
  /** Bands of every yearly series of Results, by dotted name ("total.cpoRevenueUsd"). */
  bands: Record<string, Bands>;
  cagrWindow: { from: number; to: number };
  cagr: Record<CagrKey, Quantiles>;
  /** Share of draws whose CAGR (excluding ELS) over the window exceeds each threshold. */
  cagrAbove: { threshold: number; probability: number }[];
  crossover: {
    /** Share of draws by first year scale-up CPO revenue exceeds scale-out; year null: not within the horizon. */
    distribution: { year: number | null; probability: number }[];
    before: number;
    /** Share of draws whose crossover comes before `before`. */
    probabilityBefore: number;
  };
}

export type Progress = (done: number, total: number) => void;

/**
 * Seeded Monte Carlo over the model. Draw d takes one uniform number per uncertain assumption, in the
 * order of `plan`, from a single xoroshiro128+ stream; assumptions are independent unless `correlations`
 * ties some of them through a Gaussian copula. Each draw
 * runs the same runModel as the point forecast, so there is one copy of the model's equations.
 */
export function runMonteCarlo(base: ModelInputs, plan: readonly UncertainAssumption[], settings: MonteCarloSettings, onProgress?: Progress): MonteCarloResult {
  const { draws, seed, events } = settings;
  const years = base.years;
  const n = years.length;
  const work = structuredClone(base);
  const write = makeWriter(plan, base, work);
  const nextDraw = drawStream(plan, seed, settings.correlations ?? []);

  const accessors = yearlySeries(runModel(base));
  // Column-major per year ([year][draw]) so each year's draws are one contiguous slice.
  const samples = accessors.map(() => new Float64Array(n * draws));
  const cagrKeys = Object.keys(CAGR_SERIES) as CagrKey[];
  const cagrSamples = cagrKeys.map(() => new Float64Array(draws));
  const from = yearIndex(years, events.cagr.from);
  const to = yearIndex(years, events.cagr.to);
  const span = events.cagr.to - events.cagr.from;
  const crossoverCounts = new Map<number | null, number>();
  const progressEvery = Math.max(1, Math.floor(draws / 50));

  for (let d = 0; d < draws; d++) {
    write(nextDraw());
    const r = runModel(work);
    for (let s = 0; s < accessors.length; s++) {
      const series = accessors[s]!.get(r);
      const out = samples[s]!;
      for (let i = 0; i < n; i++) out[i * draws + d] = series[i]!;
    }
    cagrKeys.forEach((k, c) => {
      const series = CAGR_SERIES[k](r);
      cagrSamples[c]![d] = cagr(series[from]!, series[to]!, span);
    });
    const year = lastingCrossoverYear(years, r.segments.scaleUp.cpoRevenueUsd, r.segments.scaleOut.cpoRevenueUsd);
    crossoverCounts.set(year, (crossoverCounts.get(year) ?? 0) + 1);
    if (onProgress && ((d + 1) % progressEvery === 0 || d + 1 === draws)) onProgress(d + 1, draws);
  }

  const bands: Record<string, Bands> = {};
  accessors.forEach((a, s) => {
    const b = Object.fromEntries(PERCENTILES.map((p) => [p, [] as number[]])) as Bands;
    for (let i = 0; i < n; i++) {
      const q = percentilesOf(samples[s]!.subarray(i * draws, (i + 1) * draws));
      PERCENTILES.forEach((p, k) => b[p].push(q[k]!));
    }
    bands[a.name] = b;
  });

  const exclEls = cagrSamples[cagrKeys.indexOf('exclEls')]!;
  const cagrAbove = events.cagr.thresholds.map((threshold) => ({ threshold, probability: count(exclEls, (g) => g > threshold) / draws }));
  const cagrQuantiles = Object.fromEntries(
    cagrKeys.map((k, c) => {
      const q = percentilesOf(cagrSamples[c]!);
      return [k, Object.fromEntries(PERCENTILES.map((p, j) => [p, q[j]!])) as Quantiles];
    }),
  ) as Record<CagrKey, Quantiles>;

  const distribution = [...years.map((y) => y as number | null), null].map((year) => ({ year, probability: (crossoverCounts.get(year) ?? 0) / draws }));
  const probabilityBefore = distribution.reduce((acc, c) => acc + (c.year !== null && c.year < events.crossoverBefore ? c.probability : 0), 0);

  return {
    seed,
    draws,
    years: [...years],
    assumptions: plan.map((a) => a.id),
    bands,
    cagrWindow: { from: events.cagr.from, to: events.cagr.to },
    cagr: cagrQuantiles,
    cagrAbove,
    crossover: { distribution, before: events.crossoverBefore, probabilityBefore },
  };
}

/**
 * First year from which `challenger` stays above `incumbent` to the end of the horizon; null if it is not
 * ahead in the last year. Equals runModel's crossoverYear whenever the lead, once taken, is kept (as in the
 * point forecast); it differs only in draws where tiny early-year revenues cross back and forth, where the
 * first strict lead would date a "crossover" that is later undone.
 */
export function lastingCrossoverYear(years: readonly number[], challenger: readonly number[], incumbent: readonly number[]): number | null {
  let i = years.length;
  while (i > 0 && challenger[i - 1]! > incumbent[i - 1]!) i--;
  return i === years.length ? null : years[i]!;
}

/**
 * The Monte Carlo's stream of draws: each call returns the next draw's value of every assumption in `plan`,
 * in plan order (one uniform number per assumption from the seeded stream, tied by the copula where
 * `correlations` say so, then mapped through each assumption's distribution). The returned array is reused
 * by the next call.
 */
export function drawStream(plan: readonly UncertainAssumption[], seed: number, correlations: readonly Correlation[] = []): () => Float64Array {
  const next = uniformStream(seed);
  const values = new Float64Array(plan.length);
  const uniforms = new Float64Array(plan.length);
  const correlate = copulaFor(plan, correlations);
  return () => {
    for (let j = 0; j < plan.length; j++) uniforms[j] = next();
    if (correlate) correlate(uniforms);
    for (let j = 0; j < plan.length; j++) values[j] = drawValue(plan[j]!, uniforms[j]!);
    return values;
  };
}

/** The copula over only the assumptions that appear in an active correlation; the others stay as drawn. */
function copulaFor(plan: readonly UncertainAssumption[], correlations: readonly Correlation[]) {
  const ids = plan.map((a) => a.id);
  const active = correlations.filter((c) => ids.includes(c.between[0]) && ids.includes(c.between[1]));
  if (active.length === 0) return undefined;
  const involved = ids.filter((id) => active.some((c) => c.between.includes(id)));
  const chol = choleskyOf(involved, active);
  if ('error' in chol) throw new RangeError(chol.error);
  return correlateUniforms(chol.factor, involved.length, involved.map((id) => ids.indexOf(id)));
}

const PROBABILITIES = PERCENTILES.map((p) => PROBABILITY[p]);
/**
 * The five percentiles of one sample, by simple-statistics' quantile: it selects (quickselect on a copy)
 * instead of sorting, with the same definition as its quantileSorted, and about twice as fast here.
 */
const percentilesOf = (sample: Float64Array): number[] => quantiles(sample as unknown as number[], PROBABILITIES);

function count(xs: Float64Array, test: (x: number) => boolean): number {
  let c = 0;
  for (const x of xs) if (test(x)) c++;
  return c;
}
