/**
 * Sequential-substitution attribution: why did a metric move between two states (two forecast vintages)?
 *
 * Starting from the old state, each changed input is switched to its new value, one at a time and in a
 * stated order; a step's contribution is how much the metric moved at that step. Whatever the steps do
 * not reach (changes with no old counterpart, such as a new horizon or an added assumption) is the
 * residual. The contributions and the residual telescope, so they sum to the total change exactly (up to
 * floating-point rounding). The split of interactions between inputs depends on the order, which is why
 * the order is part of the result.
 */

export interface AttributionStep<S> {
  id: string;
  label: string;
  /** Returns a new state with this input switched to its new value; must not mutate `state`. */
  apply(state: S): S;
}

export interface Contribution {
  id: string;
  label: string;
  /** Metric before and after this step. */
  before: number;
  after: number;
  /** after − before. */
  delta: number;
}

export interface Attribution {
  /** Metric of the old state. */
  start: number;
  /** Metric of the new state. */
  end: number;
  /** end − start. */
  total: number;
  /** In the order applied. */
  contributions: Contribution[];
  /** end − (metric after the last step): the part no step explains. 0 when the steps rebuild the new state exactly. */
  residual: number;
}

export function attribute<S>(start: S, end: S, steps: readonly AttributionStep<S>[], metric: (state: S) => number): Attribution {
  const startValue = metric(start);
  const endValue = metric(end);
  let state = start;
  let current = startValue;
  const contributions: Contribution[] = [];
  for (const step of steps) {
    state = step.apply(state);
    const next = metric(state);
    contributions.push({ id: step.id, label: step.label, before: current, after: next, delta: next - current });
    current = next;
  }
  return { start: startValue, end: endValue, total: endValue - startValue, contributions, residual: endValue - current };
}

/** Sum of the contributions and the residual; equals `total` up to rounding. */
export function explainedTotal(a: Attribution): number {
  return a.contributions.reduce((s, c) => s + c.delta, 0) + a.residual;
}
