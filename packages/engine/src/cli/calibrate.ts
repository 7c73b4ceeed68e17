/**
 * forecast-report calibrate [vintage]: lists the inputs a vintage says were set to reproduce a figure (their
 * `calibration` field), then runs the report's `calibrate` hook (its thesis, back-tests and published figures) on
 * the base case, the newest vintage by default. Exits 1 on invalid data, or when the hook says a target it gates on
 * is missed.
 */
import { join } from 'node:path';
import { listAssumptions } from '../data/assumptions';
import { DataError } from '../data/errors';
import { listVintageIds, loadVintage } from '../data/load';
import { runScenarios } from '../model/uncertainty/scenarios';
import { currentReport } from '../report/current';
import { vintagesDir } from '../settings';

export function calibrateCommand(args: string[]): number {
  const report = currentReport();
  if (!report.calibrate) {
    console.error('This report declares no calibration targets (defineReport({ calibrate })).');
    return 1;
  }
  let vintage;
  try {
    const id = args[0] ?? listVintageIds(vintagesDir()).pop();
    if (!id) throw new DataError([{ file: vintagesDir(), message: 'no vintage folders found' }]);
    vintage = loadVintage(join(vintagesDir(), id));
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    console.error(e.message);
    return 1;
  }
  const tuned = listAssumptions(vintage.assumptions).filter((a) => a.node.calibration !== undefined);
  console.log(`Vintage ${vintage.id}\n\nSet to reproduce a figure (not read from evidence):`);
  if (tuned.length === 0) console.log('  none stated');
  for (const a of tuned) console.log(`  ${a.id} = ${'value' in a.node ? a.node.value : '(series)'}\n    reproduces ${a.node.calibration}`);
  console.log('');

  const results = report.run(vintage.inputs);
  const scenarios = vintage.uncertainty?.scenarios ?? [];
  /** Results of one of the vintage's named scenarios, run through the same model. */
  const scenario = (scenarioId: string) => {
    const s = scenarios.find((x) => x.id === scenarioId);
    if (!s) return undefined;
    const [r] = runScenarios(vintage.assumptions, [s], { toInputs: report.toInputs, run: report.run });
    return { label: s.label, rationale: s.rationale, results: r!.results };
  };
  const { lines, ok } = report.calibrate({ vintage: vintage.id, inputs: vintage.inputs, results, run: report.run, scenario });
  console.log(lines.join('\n'));
  return ok ? 0 : 1;
}
