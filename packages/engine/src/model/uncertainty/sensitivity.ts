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

/** A metric a tornado ranks assumptions by: its name (the chart's axis) and how to read it from results. */
export interface SensitivityMetric<R> {
  name: string;
  measure(results: R): number;
}

/**
 * One-at-a-time sensitivity: each uncertain assumption is set to its p5 and then its p95 while every other
 * stays at its point value; one tornado per metric the report names.
 */
export function runSensitivity<I extends { years: number[] }, R, K extends string>(
  base: I,
  plan: readonly UncertainAssumption[],
  run: (inputs: I) => R,
  metrics: Record<K, SensitivityMetric<R>>,
): Record<K, Tornado> {
  const keys = Object.keys(metrics) as K[];
  const measure = (inputs: I) => {
    const r = run(inputs);
    return Object.fromEntries(keys.map((k) => [k, metrics[k].measure(r)])) as Record<K, number>;
  };
  const point = measure(base);
  const centres = plan.map((a) => a.centre);
  const rows = plan.map((a, j) => {
    const at = (u: number) => {
      const values = [...centres];
      values[j] = drawValue(a, u);
      return { input: values[j]!, out: measure(inputsWith(base, plan, values)) };
    };
    return { a, lo: at(SENSITIVITY_LOW), hi: at(SENSITIVITY_HIGH) };
  });
  const tornado = (metric: K): Tornado => ({
    metric: metrics[metric].name,
    base: point[metric],
    rows: rows
      .map(({ a, lo, hi }) => ({
        id: a.id,
        label: a.label,
        lowInput: lo.input,
        highInput: hi.input,
        low: lo.out[metric],
        high: hi.out[metric],
        swing: Math.abs(hi.out[metric] - lo.out[metric]),
      }))
      // An assumption that cannot move this metric is left out.
      .filter((row) => row.swing > 1e-9 * Math.max(1, Math.abs(point[metric])))
      .sort((x, y) => y.swing - x.swing || x.id.localeCompare(y.id)),
  });
  return Object.fromEntries(keys.map((k) => [k, tornado(k)])) as Record<K, Tornado>;
}
