import { formatValue } from '@forecast-report/engine';
import { checkTargets, TARGETS_BY_VINTAGE } from './model/calibration';
import type { ModelInputs, Results } from './model/types';

/**
 * `npm run calibrate -- --root examples/heat-pumps [vintage]`: the published sales figures each vintage was
 * calibrated to, against what its base case gives. Not ok when one is missed.
 */
export function calibrate({ vintage, inputs, run }: { vintage: string; inputs: ModelInputs; results: Results; run: (i: ModelInputs) => Results }) {
  const targets = TARGETS_BY_VINTAGE[vintage];
  if (!targets) return { lines: [`Vintage ${vintage}: no calibration targets recorded (src/model/calibration.ts).`], ok: false };
  const checks = checkTargets(targets, inputs, run);
  const lines = [`Vintage ${vintage}: first-year sales against the published figures they were calibrated to`, ''];
  for (const c of checks) lines.push(`${c.ok ? '✓' : '✗'} ${c.label}`, `    target ${formatValue(c.target, 'count')}; model ${formatValue(c.model, 'count')} (${((c.model / c.target - 1) * 100).toFixed(3)}%)`);
  return { lines, ok: checks.every((c) => c.ok) };
}
