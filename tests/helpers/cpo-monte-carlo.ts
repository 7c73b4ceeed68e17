import { runMonteCarlo, type MonteCarloSettings, type UncertainAssumption } from '../../packages/engine/src/model/uncertainty';
import { runModel } from '../../src/model/project';
import type { ModelInputs } from '../../src/model/types';
import type { UncertaintyEvents } from '../../src/schema';
import { observers, type CpoMonteCarlo } from '../../src/uncertainty';

/** The engine's Monte Carlo with the CPO report's model and per-draw metrics (CAGR, crossover), as the build runs it. */
export function runCpoMonteCarlo(
  inputs: ModelInputs,
  plan: readonly UncertainAssumption[],
  settings: MonteCarloSettings & { events: UncertaintyEvents },
): CpoMonteCarlo {
  const { events, ...rest } = settings;
  return runMonteCarlo(inputs, plan, rest, runModel, observers({ doc: undefined as never, inputs, events, run: runModel })) as CpoMonteCarlo;
}
