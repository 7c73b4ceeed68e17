import { DataError } from '../../data/errors';
import { applyOverrides, type AssumptionRules } from '../../data/overrides';
import type { AssumptionsDoc, Scenario } from '../../data/schema';

export interface ScenarioResult<Results = any> {
  id: string;
  label: string;
  rationale: string;
  /** Number of assumptions the scenario changes. */
  overrides: number;
  results: Results;
}

/** Runs each named assumption set through the same model as the point forecast. */
export function runScenarios<R>(
  doc: AssumptionsDoc,
  scenarios: readonly Scenario[],
  model: { toInputs: (doc: any) => any; run: (inputs: any) => R; rules?: AssumptionRules },
  file = 'uncertainty.json',
): ScenarioResult<R>[] {
  return scenarios.map((s, i) => {
    const r = applyOverrides(doc, s.overrides, { file, pointer: `/scenarios/${i}/overrides` }, model.rules);
    if (!r.doc) throw new DataError(r.problems);
    return { id: s.id, label: s.label, rationale: s.rationale, overrides: Object.keys(s.overrides).length, results: model.run(model.toInputs(r.doc)) };
  });
}
