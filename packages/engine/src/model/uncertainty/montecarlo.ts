import { quantile as quantiles } from 'simple-statistics';
import type { DrawObserver } from '../../contract';
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

export interface MonteCarloSettings {
  seed: number;
  draws: number;
  /** Rank correlations between assumptions (Gaussian copula); pairs with a pinned assumption are ignored. */
  correlations?: readonly Correlation[];
}

export interface MonteCarloResult {
  seed: number;
  draws: number;
  years: number[];
  /** Ids of the assumptions drawn, in draw order. */
  assumptions: string[];
  /** Bands of every yearly series of Results, by dotted name ("total.revenueUsd"). */
  bands: Record<string, Bands>;
  /** Fields the report's observers add (see DrawObserver.summary). */
  [metric: string]: unknown;
}

export type Progress = (done: number, total: number) => void;

/**
 * Seeded Monte Carlo over the model `run`. Draw d takes one uniform number per uncertain assumption, in the
 * order of `plan`, from a single xoroshiro128+ stream; assumptions are independent unless `correlations`
 * ties some of them through a Gaussian copula. Each draw
 * runs the same model as the point forecast, so there is one copy of the model's equations. The engine keeps
 * percentile bands of every yearly series; `observers` (the report's metrics and events) see every draw too.
 */
export function runMonteCarlo<I extends { years: number[] }, R extends { years: number[] }>(
  base: I,
  plan: readonly UncertainAssumption[],
  settings: MonteCarloSettings,
  run: (inputs: I) => R,
  observers: readonly DrawObserver<R>[] = [],
  onProgress?: Progress,
): MonteCarloResult {
  const { draws, seed } = settings;
  const years = base.years;
  const n = years.length;
  const work = structuredClone(base);
  const write = makeWriter(plan, base, work);
  const nextDraw = drawStream(plan, seed, settings.correlations ?? []);

  const accessors = yearlySeries(run(base));
  // Column-major per year ([year][draw]) so each year's draws are one contiguous slice.
  const samples = accessors.map(() => new Float64Array(n * draws));
  const progressEvery = Math.max(1, Math.floor(draws / 50));

  for (let d = 0; d < draws; d++) {
    write(nextDraw());
    const r = run(work);
    for (let s = 0; s < accessors.length; s++) {
      const series = accessors[s]!.get(r);
      const out = samples[s]!;
      for (let i = 0; i < n; i++) out[i * draws + d] = series[i]!;
    }
    for (const o of observers) o.record(r, d);
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

  return {
    seed,
    draws,
    years: [...years],
    assumptions: plan.map((a) => a.id),
    bands,
    ...Object.assign({}, ...observers.map((o) => o.summary())),
  };
}

/**
 * First year from which `challenger` stays above `incumbent` to the end of the horizon; null if it is not
 * ahead in the last year. Equals the first strict lead whenever the lead, once taken, is kept; it differs only
 * where small early values cross back and forth, where the first strict lead would date a change later undone.
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
  return correlateUniforms(
    chol.factor,
    involved.length,
    involved.map((id) => ids.indexOf(id)),
  );
}

const PROBABILITIES = PERCENTILES.map((p) => PROBABILITY[p]);
/**
 * The five percentiles of one sample, by simple-statistics' quantile: it selects (quickselect on a copy)
 * instead of sorting, with the same definition as its quantileSorted, and about twice as fast here.
 */
export const percentilesOf = (sample: Float64Array): number[] => quantiles(sample as unknown as number[], PROBABILITIES);

export function count(xs: Float64Array, test: (x: number) => boolean): number {
  let c = 0;
  for (const x of xs) if (test(x)) c++;
  return c;
}
