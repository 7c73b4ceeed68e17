import { formatValue } from '@forecast-report/engine';
import { BENCHMARKS, checkThesis, solveForCagr, thesisCagrPercent } from './model/calibration';
import type { ModelInputs, Results } from './model/types';

/**
 * `npm run calibrate`: how far the base case sits from the report's thesis targets (142% CAGR 2026–2030 excluding
 * ELS; scale-up passes scale-out before 2030), how it compares with published market figures, and how far the
 * calibrated learning rate would have to move to hit the CAGR exactly. Not ok when a thesis target is missed.
 */
export function calibrate({ vintage, inputs, results, run }: { vintage: string; inputs: ModelInputs; results: Results; run: (i: ModelInputs) => Results }) {
  const lines = [`Vintage ${vintage}: base case against the thesis`, ''];
  const checks = checkThesis(results);
  for (const c of checks) {
    const gap = Number.isFinite(c.gap) ? ` (gap ${c.gap >= 0 ? '+' : ''}${c.gap.toFixed(2)})` : '';
    lines.push(`${c.ok ? '✓' : '✗'} ${c.label}`, `    target ${c.target}; model ${c.actual}${gap}`);
  }
  lines.push('', 'Published figures, for context (scopes differ, so these are not targets):');
  for (const b of BENCHMARKS) {
    const model = b.model(results);
    lines.push(`  ${b.label}`, `    model ${formatValue(model, 'usd')} (${b.modelScope}); ratio model/published ${(model / b.reference).toFixed(2)}`);
  }
  const lr = solveForCagr(inputs, (i, v) => (i.pricing.learningRate = v), 0, 0.5, run);
  lines.push(
    '',
    `Calibrated parameter: learning rate ${inputs.pricing.learningRate} gives ${thesisCagrPercent(results).toFixed(2)}%; ` +
      (lr === null ? 'no learning rate in 0–0.5 gives exactly 142%.' : `${lr.toFixed(4)} would give exactly 142.00%.`),
  );
  return { lines, ok: checks.every((c) => c.ok) };
}
