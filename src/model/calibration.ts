import { seriesCagr } from '@forecast-report/engine';
import { yearIndex } from '@forecast-report/engine';
import type { ModelInputs, Results } from './types';

/**
 * The report's thesis, stated as checks on model results. The base case has to earn these numbers from
 * its assumptions; `npm run calibrate` prints how far it sits from each one.
 */
export const THESIS = {
  cagrExclEls: { start: 2026, end: 2030, targetPercent: 142 },
  crossoverBefore: 2030,
} as const;

export interface TargetCheck {
  id: string;
  label: string;
  target: string;
  actual: string;
  /** Distance from the target in the target's own unit (percentage points, years); 0 when met exactly. */
  gap: number;
  ok: boolean;
}

/** CAGR 2026–2030 of revenue excluding ELS, in percent. */
export function thesisCagrPercent(r: Results): number {
  const { start, end } = THESIS.cagrExclEls;
  return seriesCagr(r.years, r.total.cpoRevenueUsd, start, end) * 100;
}

export function checkThesis(r: Results): TargetCheck[] {
  const { start, end, targetPercent } = THESIS.cagrExclEls;
  const cagr = thesisCagrPercent(r);
  const crossover = r.metrics.crossoverYear;
  return [
    {
      id: 'cagr',
      label: `CAGR ${start}–${end}, CPO revenue excluding ELS`,
      target: `${targetPercent}% (rounded to whole percent)`,
      actual: `${cagr.toFixed(2)}%`,
      gap: cagr - targetPercent,
      ok: Math.round(cagr) === targetPercent,
    },
    {
      id: 'crossover',
      label: 'First year scale-up CPO revenue exceeds scale-out',
      target: `before ${THESIS.crossoverBefore}`,
      actual: crossover === null ? 'none within the horizon' : String(crossover),
      gap: crossover === null ? Number.POSITIVE_INFINITY : Math.max(0, crossover - (THESIS.crossoverBefore - 1)),
      ok: crossover !== null && crossover < THESIS.crossoverBefore,
    },
  ];
}

/** A published figure the base case can be set against; the scopes differ, so these are context, not targets. */
export interface Benchmark {
  label: string;
  year: number;
  published: string;
  /** Model value comparable in spirit, with its scope. */
  model: (r: Results) => number;
  modelScope: string;
  reference: number;
}

export const BENCHMARKS: readonly Benchmark[] = [
  {
    label: 'TrendForce CPO + NPO market, 2025 (~US$0.1 B)',
    year: 2025,
    published: 'trendforce-cpo-2026',
    model: (r) => r.total.revenueInclElsUsd[yearIndex(r.years, 2025)]!,
    modelScope: 'CPO incl. ELS, no NPO',
    reference: 0.1e9,
  },
  {
    label: 'TrendForce CPO + NPO market, 2030 (>US$39 B)',
    year: 2030,
    published: 'trendforce-cpo-2026',
    model: (r) => r.total.revenueInclElsUsd[yearIndex(r.years, 2030)]!,
    modelScope: 'CPO incl. ELS, no NPO',
    reference: 39e9,
  },
  {
    label: 'LightCounting 1.6T + 3.2T transceivers, LPO and CPO, 2029 (~US$10 B)',
    year: 2029,
    published: 'lightcounting-hyc-2024',
    model: (r) => r.total.cpoRevenueUsd[yearIndex(r.years, 2029)]!,
    modelScope: 'CPO excl. ELS, all speeds',
    reference: 10e9,
  },
];

/**
 * The value of one scalar input that makes the CAGR hit `targetPercent` exactly, found by bisection over
 * [lo, hi]; null when the target lies outside what that range can reach. Shows how much the calibrated
 * parameter would have to move, not a value the report uses.
 */
export function solveForCagr(
  inputs: ModelInputs,
  set: (inputs: ModelInputs, value: number) => void,
  lo: number,
  hi: number,
  run: (inputs: ModelInputs) => Results,
  targetPercent: number = THESIS.cagrExclEls.targetPercent,
): number | null {
  const at = (x: number) => {
    const copy = structuredClone(inputs);
    set(copy, x);
    return thesisCagrPercent(run(copy)) - targetPercent;
  };
  let fLo = at(lo);
  const fHi = at(hi);
  if (Number.isNaN(fLo) || Number.isNaN(fHi) || Math.sign(fLo) === Math.sign(fHi)) return null;
  let a = lo;
  let b = hi;
  for (let i = 0; i < 60; i++) {
    const mid = (a + b) / 2;
    const fMid = at(mid);
    if (Math.sign(fMid) === Math.sign(fLo)) {
      a = mid;
      fLo = fMid;
    } else b = mid;
  }
  return (a + b) / 2;
}
