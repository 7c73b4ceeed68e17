/** npm run validate: checks every vintage against the schema, the cross-file rules and the vintage lock. */
import { DataError } from '../data/errors';
import { loadCheckedVintages } from '../data/lock';
import { dataDir } from '../settings';

try {
  const { vintages, lock } = loadCheckedVintages(dataDir());
  for (const v of vintages) {
    const state = v.meta.status === 'published' ? (lock.vintages[v.id] ? 'published, locked' : 'published') : 'draft';
    console.log(`✓ ${v.id} (${state}): ${v.sources.length} sources`);
  }
} catch (e) {
  if (!(e instanceof DataError)) throw e;
  console.error(`Data validation failed with ${e.problems.length} problem${e.problems.length === 1 ? '' : 's'}:\n${e.message}`);
  process.exit(1);
}
