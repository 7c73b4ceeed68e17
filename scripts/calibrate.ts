/**
 * npm run calibrate: runs the base case and prints how far it sits from the report's thesis targets
 * (142% CAGR 2026–2030 excluding ELS; scale-up passes scale-out before 2030), how it compares with
 * published market figures, and how far the calibrated learning rate would have to move to hit the CAGR exactly.
 * Exits 1 when a thesis target is missed, so CI catches a data change that breaks the story.
 */
import { DataError } from '../src/data/errors';
import { listVintageIds, loadVintage } from '../src/data/load';
import { join } from 'node:path';
import { formatValue } from '../src/format';
import { BENCHMARKS, checkThesis, solveForCagr, thesisCagrPercent } from '../src/model/calibration';
import { runModel } from '../src/model/project';
import { VINTAGES_DIR } from '../src/report/paths';

let vintage;
try {
  const id = process.argv[2] ?? listVintageIds(VINTAGES_DIR).pop();
  if (!id) throw new DataError([{ file: VINTAGES_DIR, message: 'no vintage folders found' }]);
  vintage = loadVintage(join(VINTAGES_DIR, id));
} catch (e) {
  if (!(e instanceof DataError)) throw e;
  console.error(e.message);
  process.exit(1);
}
const results = runModel(vintage.inputs);

console.log(`Vintage ${vintage.id}: base case against the thesis\n`);
const checks = checkThesis(results);
for (const c of checks) {
  const gap = Number.isFinite(c.gap) ? ` (gap ${c.gap >= 0 ? '+' : ''}${c.gap.toFixed(2)})` : '';
  console.log(`${c.ok ? '✓' : '✗'} ${c.label}\n    target ${c.target}; model ${c.actual}${gap}`);
}

console.log('\nPublished figures, for context (scopes differ, so these are not targets):');
for (const b of BENCHMARKS) {
  const model = b.model(results);
  console.log(`  ${b.label}\n    model ${formatValue(model, 'usd')} (${b.modelScope}); ratio model/published ${(model / b.reference).toFixed(2)}`);
}

const lr = solveForCagr(vintage.inputs, (i, v) => (i.pricing.learningRate = v), 0, 0.5, runModel);
console.log(
  `\nCalibrated parameter: learning rate ${vintage.inputs.pricing.learningRate} gives ${thesisCagrPercent(results).toFixed(2)}%; ` +
    (lr === null ? 'no learning rate in 0–0.5 gives exactly 142%.' : `${lr.toFixed(4)} would give exactly 142.00%.`),
);
process.exit(checks.every((c) => c.ok) ? 0 : 1);
