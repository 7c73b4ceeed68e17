import {
  cagr,
  count,
  lastingCrossoverYear,
  PERCENTILES,
  percentilesOf,
  seriesCagr,
  yearIndex,
  type DrawObserver,
  type MonteCarloResult,
  type Quantiles,
  type ScenarioResult,
  type Tornado,
  type UncertaintyHookInput,
  type UncertaintyResults,
} from '@forecast-report/engine';
import type { ModelInputs, Results } from '../model/types';
import type { AssumptionsFile, UncertaintyEvents } from '../schema';

/** Series whose CAGR over the event window is tracked per draw. */
const CAGR_SERIES = {
  exclEls: (r: Results) => r.total.cpoRevenueUsd,
  inclEls: (r: Results) => r.total.revenueInclElsUsd,
  scaleOut: (r: Results) => r.segments.scaleOut.cpoRevenueUsd,
  scaleUp: (r: Results) => r.segments.scaleUp.cpoRevenueUsd,
} as const;
export type CagrKey = keyof typeof CAGR_SERIES;

/** What the CPO report's observers add to the engine's Monte Carlo result. */
export interface CpoMonteCarlo extends MonteCarloResult {
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

interface CpoSensitivity {
  revenue: Tornado;
  cagr: Tornado;
  year: number;
  window: { from: number; to: number };
}

/** The engine's uncertainty results with the CPO report's metrics. */
export interface CpoUncertainty extends UncertaintyResults {
  monteCarlo: CpoMonteCarlo;
  sensitivity: CpoSensitivity;
  scenarios: ScenarioResult<Results>[];
}

type Input = UncertaintyHookInput<AssumptionsFile, ModelInputs, Results, UncertaintyEvents>;

/** Per draw: the CAGR of each revenue series over the event window, and the year scale-up overtakes scale-out for good. */
export function observers({ inputs, events }: Input): DrawObserver<Results>[] {
  const years = inputs.years;
  const from = yearIndex(years, events.cagr.from);
  const to = yearIndex(years, events.cagr.to);
  const span = events.cagr.to - events.cagr.from;
  const keys = Object.keys(CAGR_SERIES) as CagrKey[];
  const samples: number[][] = keys.map(() => []);
  const crossoverCounts = new Map<number | null, number>();
  let draws = 0;
  return [
    {
      record(r, d) {
        keys.forEach((k, c) => {
          const series = CAGR_SERIES[k](r);
          samples[c]![d] = cagr(series[from]!, series[to]!, span);
        });
        const year = lastingCrossoverYear(years, r.segments.scaleUp.cpoRevenueUsd, r.segments.scaleOut.cpoRevenueUsd);
        crossoverCounts.set(year, (crossoverCounts.get(year) ?? 0) + 1);
        draws = d + 1;
      },
      summary() {
        const taken = samples.map((s) => Float64Array.from(s));
        const exclEls = taken[keys.indexOf('exclEls')]!;
        const cagrAbove = events.cagr.thresholds.map((threshold) => ({ threshold, probability: count(exclEls, (g) => g > threshold) / draws }));
        const cagrQuantiles = Object.fromEntries(
          keys.map((k, c) => {
            const q = percentilesOf(taken[c]!);
            return [k, Object.fromEntries(PERCENTILES.map((p, j) => [p, q[j]!])) as Quantiles];
          }),
        ) as Record<CagrKey, Quantiles>;
        const distribution = [...years.map((y) => y as number | null), null].map((year) => ({ year, probability: (crossoverCounts.get(year) ?? 0) / draws }));
        const probabilityBefore = distribution.reduce((acc, c) => acc + (c.year !== null && c.year < events.crossoverBefore ? c.probability : 0), 0);
        return {
          cagrWindow: { from: events.cagr.from, to: events.cagr.to },
          cagr: cagrQuantiles,
          cagrAbove,
          crossover: { distribution, before: events.crossoverBefore, probabilityBefore },
        };
      },
    },
  ];
}

/** Tornado metrics: revenue excluding ELS in the window's last year, and its CAGR over the window. */
export function sensitivity({ inputs, events }: Input) {
  const year = events.cagr.to;
  const window = events.cagr;
  const i = yearIndex(inputs.years, year);
  return {
    metrics: {
      revenue: { name: `CPO revenue ${year}, excluding ELS`, measure: (r: Results) => r.total.cpoRevenueUsd[i]! },
      cagr: {
        name: `CAGR ${window.from}–${window.to}, excluding ELS`,
        measure: (r: Results) => seriesCagr(r.years, r.total.cpoRevenueUsd, window.from, window.to),
      },
    },
    meta: { year, window },
  };
}
