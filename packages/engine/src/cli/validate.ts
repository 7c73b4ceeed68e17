/**
 * npm run validate: checks every vintage against the schema, the cross-file rules and the vintage lock, and that
 * every published vintage still computes the outputs it published (or records a restatement saying why not).
 */
import { join } from 'node:path';
import { DataError, type Problem } from '../data/errors';
import { LOCK_FILE_NAME, loadCheckedVintages } from '../data/lock';
import { frozenOutputProblems } from '../report/outputs';
import { chaptersDir, dataDir } from '../settings';
import { firstCommitDate } from './lib/git';
import { formatProblems } from './lib/preflight';

export function validateCommand(): number {
  let problems: Problem[];
  try {
    const { vintages, lock } = loadCheckedVintages(dataDir(), process.cwd(), { chaptersDir: chaptersDir(), firstCommitted: firstCommitDate });
    problems = frozenOutputProblems(vintages, lock, join(dataDir(), LOCK_FILE_NAME));
    if (problems.length === 0) {
      for (const v of vintages) {
        const restated = lock.outputs?.[v.id]?.restatements?.length ? ', restated' : '';
        const state = v.meta.status === 'published' ? (lock.vintages[v.id] ? `published, locked${restated}` : 'published') : 'draft';
        console.log(`✓ ${v.id} (${state}): ${v.sources.length} sources`);
      }
    }
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    problems = e.problems;
  }
  if (problems.length > 0) {
    console.error(`Data validation failed with ${formatProblems({ data: problems, chapters: [], references: [] })}`);
    return 1;
  }
  return 0;
}
