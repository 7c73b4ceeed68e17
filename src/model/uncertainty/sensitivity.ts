import { seriesCagr } from '../metrics';
import { runModel } from '../project';
import { yearIndex } from '../series';
import type { ModelInputs } from '../types';
import { drawValue, inputsWith, type UncertainAssumption } from './plan';

/** Bounds used for one-at-a-time sensitivity: the 5th and 95th percentile of each assumption's distribution. */
export const SENSITIVITY_LOW = 0.05;
export const SENSITIVITY_HIGH = 0.95;

export interface SensitivityRow {
  id: string;
  label: string;
  /** Assumption value (or series multiplier) at its low and high bound. */
  lowInput: number;
  highInput: number;
  /** Outcome with the assumption at its low / high bound, all others at their point values. */
  low: number;
  high: number;
  /** |high − low|, what the tornado sorts by. */
  swing: number;
}

export interface Tornado {
  metric: string;
  base: number;
  /** Widest swing first; assumptions with no effect on the metric are omitted. */
  rows: SensitivityRow[];
}

export interface Sensitivity {
  revenue: Tornado;
  cagr: Tornado;
  year: number;
  window: { from: number; to: number };
}

/**
 * One-at-a-time sensitivity: each uncertain assumption is set to its p5 and then its p95 while every other
 * stays at its point value, on revenue (excluding ELS) in `year` and its CAGR over the window.
 */
export function runSensitivity(base: ModelInputs, plan: readonly UncertainAssumption[], year: number, window: { from: number; to: number }): Sensitivity {
  const i = yearIndex(base.years, year);
  const measure = (inputs: ModelInputs) => {
    const r = runModel(inputs);
    return { revenue: r.total.cpoRevenueUsd[i]!, cagr: seriesCagr(r.years, r.total.cpoRevenueUsd, window.from, window.to) };
  };
  const point = measure(base);
  const centres = plan.map((a) => a.centre);
  const rows = plan.map((a, j) => {
    const at = (u: number) => {
      const values = [...centres];
      values[j] = drawValue(a, u);
      return { input: values[j]!, ...measure(inputsWith(base, plan, values)) };
    };
    return { a, lo: at(SENSITIVITY_LOW), hi: at(SENSITIVITY_HIGH) };
  });
  const tornado = (metric: 'revenue' | 'cagr', name: string): Tornado => ({
    metric: name,
    base: point[metric],
    rows: rows
      .map(({ a, lo, hi }) => ({ id: a.id, label: a.label, lowInput: lo.input, highInput: hi.input, low: lo[metric], high: hi[metric], swing: Math.abs(hi[metric] - lo[metric]) }))
      // An assumption that cannot move this metric (the ELS price on revenue excluding ELS) is left out.
      .filter((row) => row.swing > 1e-9 * Math.max(1, Math.abs(point[metric])))
      .sort((x, y) => y.swing - x.swing || x.id.localeCompare(y.id)),
  });
  return { revenue: tornado('revenue', `CPO revenue ${year}, excluding ELS`), cagr: tornado('cagr', `CAGR ${window.from}–${window.to}, excluding ELS`), year, window };
}
