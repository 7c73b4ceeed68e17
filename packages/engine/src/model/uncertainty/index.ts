import type { Report } from '../../contract';
import type { AssumptionsDoc, UncertaintyFile } from '../../data/schema';
import { runMonteCarlo, type MonteCarloResult, type Progress } from './montecarlo';
import { uncertainAssumptions, type UncertainAssumption } from './plan';
import { runScenarios, type ScenarioResult } from './scenarios';
import { runSensitivity } from './sensitivity';

/**
 * A vintage's uncertainty analysis. `monteCarlo` and `sensitivity` carry, besides the engine's own fields, what the
 * report's hooks add (its per-draw metrics and events; its tornado metrics by key and their context).
 */
export interface UncertaintyResults {
  assumptions: UncertainAssumption[];
  monteCarlo: MonteCarloResult;
  /** One tornado per metric the report names, by key, plus the report's context fields. */
  sensitivity: object;
  scenarios: ScenarioResult[];
  /** Wall time of the Monte Carlo run in ms; for the benchmark only, never written into built files. */
  elapsedMs: number;
}

export interface AnalysisOptions {
  draws?: number;
  seed?: number;
  onProgress?: Progress;
}

/** Monte Carlo bands and the report's events, one-at-a-time sensitivity and named scenarios of one vintage. */
/** `U`: the report's own, more precise type of the result (its observers' and sensitivity fields). */
export function analyseUncertainty<U extends UncertaintyResults = any>(
  report: Report,
  doc: AssumptionsDoc,
  inputs: { years: number[] },
  settings: UncertaintyFile,
  options: AnalysisOptions = {},
): U {
  const hooks = report.uncertainty;
  if (!hooks) throw new Error('this report declares no uncertainty analysis (defineReport({ uncertainty }))');
  const plan = uncertainAssumptions(doc);
  const hookInput = { doc, inputs, events: settings.events, run: report.run };
  const started = performance.now();
  const monteCarlo = runMonteCarlo(
    inputs,
    plan,
    { seed: options.seed ?? settings.seed, draws: options.draws ?? settings.draws, correlations: settings.correlations ?? [] },
    report.run,
    hooks.observers(hookInput),
    options.onProgress,
  );
  const elapsedMs = performance.now() - started;
  const { metrics, meta } = hooks.sensitivity(hookInput);
  const sensitivity = { ...runSensitivity(inputs, plan, report.run, metrics), ...meta };
  const rules = { schema: report.assumptions, checks: report.checks };
  return {
    assumptions: plan,
    monteCarlo,
    sensitivity,
    scenarios: runScenarios(doc, settings.scenarios, { toInputs: report.toInputs, run: report.run, rules }),
    elapsedMs,
  } as U;
}

export { runMonteCarlo, drawStream, PERCENTILES, lastingCrossoverYear, percentilesOf, count } from './montecarlo';
export type { Bands, MonteCarloResult, MonteCarloSettings, Percentile, Quantiles } from './montecarlo';
export { runSensitivity } from './sensitivity';
export type { SensitivityMetric, SensitivityRow, Tornado } from './sensitivity';
export { runScenarios } from './scenarios';
export type { ScenarioResult } from './scenarios';
export { uncertainAssumptions } from './plan';
export type { UncertainAssumption } from './plan';
