/**
 * forecast-report calibrate [vintage]: runs the report's `calibrate` hook (its thesis targets) on a vintage's base
 * case, the newest one by default. Exits 1 when a target is missed, so CI catches a data change that breaks the story.
 */
import { join } from 'node:path';
import { DataError } from '../data/errors';
import { listVintageIds, loadVintage } from '../data/load';
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
  const results = report.run(vintage.inputs);
  const { lines, ok } = report.calibrate({ vintage: vintage.id, inputs: vintage.inputs, results, run: report.run });
  console.log(lines.join('\n'));
  return ok ? 0 : 1;
}
