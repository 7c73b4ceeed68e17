import type { ModelInputs, Results } from './types';

/**
 * How the two calibrated parameters were set: each is solved in closed form from one published sales figure,
 * so the vintage reproduces that figure exactly (up to the rounding of the stored value). Nothing else is tuned.
 */

export interface FirstYearState {
  households: number;
  saturationShare: number;
  baseStock: number;
  imitation: number;
  retirementRate: number;
}

/** Replacement sales in the first model year: retired units of the base stock, each replaced once. */
export const firstYearReplacements = (s: FirstYearState) => s.baseStock * s.retirementRate;

/**
 * Coefficient of innovation p that makes first-year sales equal `sales` under neutral conditions (multiplier 1):
 * sales = (p + q·N/m)·(m − N) + r·N, solved for p.
 */
export function innovationFor(sales: number, s: FirstYearState): number {
  const potential = s.households * s.saturationShare;
  const remaining = potential - s.baseStock;
  if (remaining <= 0) throw new RangeError('the base stock already fills the market potential');
  return (sales - firstYearReplacements(s)) / remaining - s.imitation * (s.baseStock / potential);
}

/** Market-conditions multiplier that turns neutral first-year adoption into the adoption behind `sales`. */
export function conditionsFor(sales: number, s: FirstYearState & { innovation: number }): number {
  const potential = s.households * s.saturationShare;
  const neutral = (s.innovation + s.imitation * (s.baseStock / potential)) * (potential - s.baseStock);
  return (sales - firstYearReplacements(s)) / neutral;
}

/** Share of the stock retired in a year, from a year's sales and the stock at both ends of it. */
export function retirementRateFrom(sales: number, stockBefore: number, stockAfter: number): number {
  return (sales - (stockAfter - stockBefore)) / stockBefore;
}

/** The published figures the latest vintage is set to reproduce, and how each is derived from its source. */
export const CALIBRATION_TARGETS = {
  /** EHPA: 2.31 M sold in 2024 in 19 countries, 22% below 2023, so 2023 ≈ 2.31 / 0.78. */
  neutralSales: { value: 2.31e6 / (1 - 0.22), label: '2023 sales in the 19 countries (2.31 M in 2024 was 22% lower)' },
  /** EHPA: first-half 2025 sales 9% above the first half of 2024, applied to the whole of 2024's 2.31 M. */
  firstYearSales: { value: 2.31e6 * 1.09, label: '2025 sales: 2024 sales of 2.31 M plus the 9% first-half growth' },
  /** EHPA: 3.02 M sold in 2023 and a stock of 23.96 M, 13.7% above the end of 2022. */
  retirementRate: { value: retirementRateFrom(3.02e6, 23.96e6 / 1.137, 23.96e6), label: 'retirements implied by 2023 sales and the 2023 stock change' },
} as const;

/** A vintage's calibration targets: sales the model must reproduce in its first year. */
export interface VintageTargets {
  /** First-year sales with the market-conditions multiplier at 1 (what p was solved for). */
  neutralSales: { value: number; label: string };
  /** First-year sales as modelled (what the first year's multiplier was solved for); absent when that multiplier is an analyst choice. */
  firstYearSales?: { value: number; label: string };
}

export const TARGETS_BY_VINTAGE: Record<string, VintageTargets> = {
  '2024-10': { neutralSales: { value: 3.02e6, label: "2023 sales in EHPA's 21 countries" } },
  '2025-10': { neutralSales: CALIBRATION_TARGETS.neutralSales, firstYearSales: CALIBRATION_TARGETS.firstYearSales },
};

export interface CalibrationCheck {
  label: string;
  target: number;
  model: number;
  ok: boolean;
}

/** How far a vintage's first-year sales sit from its targets; a target is met within 0.1% (the stored values keep 4 digits). */
export function checkTargets(targets: VintageTargets, inputs: ModelInputs, run: (i: ModelInputs) => Results): CalibrationCheck[] {
  const firstYear = (i: ModelInputs) => run(i).sales[0]!;
  const neutral = { ...inputs, marketConditions: inputs.marketConditions.map((c, k) => (k === 0 ? 1 : c)) };
  const check = (t: { value: number; label: string }, model: number) => ({ label: t.label, target: t.value, model, ok: Math.abs(model / t.value - 1) < 1e-3 });
  return [check(targets.neutralSales, firstYear(neutral)), ...(targets.firstYearSales ? [check(targets.firstYearSales, firstYear(inputs))] : [])];
}
