/**
 * npm run lock: records the content hashes of every published vintage in data/vintages.lock.json, and what
 * each one says (its outputs: facts and figure data) when it is first locked. New published vintages are
 * added; locked ones must be unchanged. `npm run publish -- <id>` checks a draft, publishes it and runs this.
 *
 *   --relock <id>   re-record a locked vintage whose files changed on purpose (for example after merging a
 *                   correction made before it was announced). Repeatable. Say why in the commit message.
 */
import { parseArgs } from 'node:util';
import { DataError } from '../data/errors';
import { LOCK_FILE_NAME } from '../data/lock';
import { dataDir } from '../settings';
import { lockVintages } from './lib/record-outputs';

const { values } = parseArgs({ options: { relock: { type: 'string', multiple: true, default: [] } } });

try {
  const { recorded, ...update } = lockVintages(dataDir(), values.relock);
  for (const id of update.added) console.log(`+ locked ${id}`);
  for (const id of update.relocked) console.log(`! relocked ${id}: its new content is now the published one`);
  for (const id of update.unchanged) console.log(`✓ ${id} unchanged`);
  for (const id of recorded) console.log(`+ recorded the outputs of ${id}`);
  console.log(`Wrote data/${LOCK_FILE_NAME}.`);
} catch (e) {
  if (!(e instanceof DataError)) throw e;
  console.error(`Could not update the lock:\n${e.message}`);
  process.exit(1);
}
