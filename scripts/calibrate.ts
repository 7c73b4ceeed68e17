/**
 * npm run calibrate [<vintage>]: what in the base case was set to reproduce a figure, and how the base case
 * stands against the report's thesis (142% CAGR 2026–2030 excluding ELS; scale-up passes scale-out before 2030),
 * against a published actual (TrendForce's 2025 market) and against the evidence-only scenario. It reports; it
 * does not gate: a thesis the evidence does not support is a finding, not a failed build. Exits 1 only on invalid data.
 */
import { join } from 'node:path';
import { listAssumptions } from '../src/data/assumptions';
import { DataError } from '../src/data/errors';
import { listVintageIds, loadVintage } from '../src/data/load';
import { applyOverrides } from '../src/data/overrides';
import { toModelInputs } from '../src/data/inputs';
import { formatValue } from '../src/format';
import { BENCHMARKS, checkThesis, solveForCagr, thesisCagrPercent } from '../src/model/calibration';
import { runModel } from '../src/model/project';
import type { Results } from '../src/model/types';
import { VINTAGES_DIR } from '../src/report/paths';

let vintage;
try {
  const published = listVintageIds(VINTAGES_DIR);
  const id = process.argv[2] ?? published[published.length - 1];
  if (!id) throw new DataError([{ file: VINTAGES_DIR, message: 'no vintage folders found' }]);
  vintage = loadVintage(join(VINTAGES_DIR, id));
} catch (e) {
  if (!(e instanceof DataError)) throw e;
  console.error(e.message);
  process.exit(1);
}
const results = runModel(vintage.inputs);

console.log(`Vintage ${vintage.id}\n`);
const tuned = listAssumptions(vintage.assumptions).filter((a) => a.node.calibration !== undefined);
console.log('Set to reproduce a figure (not read from evidence):');
if (tuned.length === 0) console.log('  none stated');
for (const a of tuned) console.log(`  ${a.id} = ${'value' in a.node ? a.node.value : '(series)'}\n    reproduces ${a.node.calibration}`);

const thesisLine = (label: string, r: Results) => {
  const checks = checkThesis(r);
  return `  ${label.padEnd(14)} ${checks.map((c) => `${c.ok ? '✓' : '✗'} ${c.id} ${c.actual}`).join('   ')}`;
};
console.log(`\nThe thesis (142% CAGR 2026–2030 excl. ELS, rounded; scale-up ahead before 2030), tested, not targeted:`);
console.log(thesisLine('base case', results));
const evidence = vintage.uncertainty?.scenarios.find((s) => s.id === 'evidence');
if (evidence) {
  const applied = applyOverrides(vintage.assumptions, evidence.overrides, { file: 'uncertainty.json' });
  if (!applied.doc) throw new DataError(applied.problems);
  const r = runModel(toModelInputs(applied.doc));
  console.log(thesisLine('evidence only', r));
  console.log(`    (${evidence.rationale})`);
}

console.log('\nPublished figures (scopes differ; the 2025 figure is a back-test, the others context):');
for (const b of BENCHMARKS) {
  const model = b.model(results);
  console.log(`  ${b.label}\n    model ${formatValue(model, 'usd')} (${b.modelScope}); ratio model/published ${(model / b.reference).toFixed(2)}`);
}

const lr = solveForCagr(vintage.inputs, (i, v) => (i.pricing.learningRate = v), 0, 0.49, runModel);
console.log(
  `\nLearning rate ${vintage.inputs.pricing.learningRate} gives ${thesisCagrPercent(results).toFixed(2)}%; ` +
    (lr === null ? 'no learning rate in 0–0.49 gives exactly 142%.' : `${lr.toFixed(4)} would give exactly 142.00% (shown for scale, not used).`),
);
