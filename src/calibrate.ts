import { formatValue } from '@forecast-report/engine';
import { BENCHMARKS, checkThesis, solveForCagr, thesisCagrPercent } from './model/calibration';
import type { ModelInputs, Results } from './model/types';

/**
 * `npm run calibrate`, the CPO part: the base case and the evidence-only scenario against the report's thesis (142%
 * CAGR 2026–2030 excluding ELS, rounded; scale-up passes scale-out before 2030), the base case against published
 * figures (the 2025 one is a back-test), and the learning rate that would hit the CAGR exactly. The thesis is tested,
 * not targeted, so a miss is a finding, not a failure: always ok. (The engine lists the inputs set to reproduce a figure.)
 */
export function calibrate({
  inputs,
  results,
  run,
  scenario,
}: {
  vintage: string;
  inputs: ModelInputs;
  results: Results;
  run: (i: ModelInputs) => Results;
  scenario: (id: string) => { label: string; rationale: string; results: Results } | undefined;
}) {
  const thesisLine = (label: string, r: Results) =>
    `  ${label.padEnd(14)} ${checkThesis(r)
      .map((c) => `${c.ok ? '✓' : '✗'} ${c.id} ${c.actual}`)
      .join('   ')}`;
  const lines = ['The thesis (142% CAGR 2026–2030 excl. ELS, rounded; scale-up ahead before 2030), tested, not targeted:', thesisLine('base case', results)];
  const evidence = scenario('evidence');
  if (evidence) lines.push(thesisLine('evidence only', evidence.results), `    (${evidence.rationale})`);

  lines.push('', 'Published figures (scopes differ; the 2025 figure is a back-test, the others context):');
  for (const b of BENCHMARKS) {
    const model = b.model(results);
    lines.push(`  ${b.label}`, `    model ${formatValue(model, 'usd')} (${b.modelScope}); ratio model/published ${(model / b.reference).toFixed(2)}`);
  }
  const lr = solveForCagr(inputs, (i, v) => (i.pricing.learningRate = v), 0, 0.49, run);
  lines.push(
    '',
    `Learning rate ${inputs.pricing.learningRate} gives ${thesisCagrPercent(results).toFixed(2)}%; ` +
      (lr === null ? 'no learning rate in 0–0.49 gives exactly 142%.' : `${lr.toFixed(4)} would give exactly 142.00% (shown for scale, not used).`),
  );
  return { lines, ok: true };
}
