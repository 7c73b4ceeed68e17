import { DataError } from '../../data/errors';
import { toModelInputs } from '../../data/inputs';
import { applyOverrides } from '../../data/overrides';
import type { AssumptionsFile, Scenario } from '../../data/schema';
import { runModel } from '../project';
import type { Results } from '../types';

export interface ScenarioResult {
  id: string;
  label: string;
  rationale: string;
  /** Number of assumptions the scenario changes. */
  overrides: number;
  results: Results;
}

/** Runs each named assumption set through the same model as the point forecast. */
export function runScenarios(doc: AssumptionsFile, scenarios: readonly Scenario[], file = 'uncertainty.json'): ScenarioResult[] {
  return scenarios.map((s, i) => {
    const r = applyOverrides(doc, s.overrides, { file, pointer: `/scenarios/${i}/overrides` });
    if (!r.doc) throw new DataError(r.problems);
    return { id: s.id, label: s.label, rationale: s.rationale, overrides: Object.keys(s.overrides).length, results: runModel(toModelInputs(r.doc)) };
  });
}
