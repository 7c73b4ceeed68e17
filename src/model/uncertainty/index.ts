import type { AssumptionsFile, UncertaintyFile } from '../../data/schema';
import type { ModelInputs } from '../types';
import { runMonteCarlo, type MonteCarloResult, type Progress } from './montecarlo';
import { uncertainAssumptions, type UncertainAssumption } from './plan';
import { runScenarios, type ScenarioResult } from './scenarios';
import { runSensitivity, type Sensitivity } from './sensitivity';

export interface UncertaintyResults {
  assumptions: UncertainAssumption[];
  monteCarlo: MonteCarloResult;
  sensitivity: Sensitivity;
  scenarios: ScenarioResult[];
  /** Wall time of the Monte Carlo run in ms; for the benchmark only, never written into built files. */
  elapsedMs: number;
}

export interface AnalysisOptions {
  draws?: number;
  seed?: number;
  onProgress?: Progress;
}

/** Monte Carlo bands and event probabilities, one-at-a-time sensitivity and named scenarios of one vintage. */
export function analyseUncertainty(doc: AssumptionsFile, inputs: ModelInputs, settings: UncertaintyFile, options: AnalysisOptions = {}): UncertaintyResults {
  const plan = uncertainAssumptions(doc);
  const started = performance.now();
  const monteCarlo = runMonteCarlo(
    inputs,
    plan,
    { seed: options.seed ?? settings.seed, draws: options.draws ?? settings.draws, events: settings.events, correlations: settings.correlations ?? [] },
    options.onProgress,
  );
  const elapsedMs = performance.now() - started;
  const sensitivity = runSensitivity(inputs, plan, settings.events.cagr.to, settings.events.cagr);
  return { assumptions: plan, monteCarlo, sensitivity, scenarios: runScenarios(doc, settings.scenarios), elapsedMs };
}

export { runMonteCarlo, drawStream, PERCENTILES, CAGR_SERIES, lastingCrossoverYear } from './montecarlo';
export type { Bands, MonteCarloResult, MonteCarloSettings, Percentile, Quantiles } from './montecarlo';
export { runSensitivity } from './sensitivity';
export type { Sensitivity, SensitivityRow, Tornado } from './sensitivity';
export { runScenarios } from './scenarios';
export type { ScenarioResult } from './scenarios';
export { uncertainAssumptions } from './plan';
export type { UncertainAssumption } from './plan';
