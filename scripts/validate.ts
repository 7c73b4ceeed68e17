/** npm run validate: checks every vintage against the schema and the cross-file rules. */
import { DataError } from '../src/data/errors';
import { loadAllVintages } from '../src/data/load';
import { VINTAGES_DIR } from '../src/report/paths';

try {
  const vintages = loadAllVintages(VINTAGES_DIR);
  for (const v of vintages) console.log(`✓ ${v.id} (${v.meta.status}): ${v.sources.length} sources`);
} catch (e) {
  if (!(e instanceof DataError)) throw e;
  console.error(`Data validation failed with ${e.problems.length} problem${e.problems.length === 1 ? '' : 's'}:\n${e.message}`);
  process.exit(1);
}
