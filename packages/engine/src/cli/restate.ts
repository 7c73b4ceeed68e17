/**
 * npm run restate -- <id> --note "<why>": accepts that today's code computes different numbers for a published
 * vintage, records the new outputs, and keeps a restatement (date, note, the facts that moved, old and new) that
 * the vintage's archive page and its revision page show. Its data files stay as published.
 *
 *   --note <text>     why the published numbers changed (required; readers see it)
 *   --date <date>     date of the restatement (default: today, UTC)
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DataError } from '../data/errors';
import { restatementOf } from '../data/frozen-outputs';
import { loadAllVintages } from '../data/load';
import { LOCK_FILE_NAME, readLock, serializeLock, writeLock } from '../data/lock';
import { dataDir, vintagesDir } from '../settings';
import { driftedVintages, factTextWith, headlineFactNames } from '../report/outputs';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { note: { type: 'string' }, date: { type: 'string' } } });
function fail(message: string): never {
  console.error(`restate: ${message}`);
  process.exit(1);
}
const id = positionals[0];
if (!id || positionals.length > 1) fail('usage: npm run restate -- <YYYY-MM> --note "<why the published numbers changed>" [--date YYYY-MM-DD]');
const note = values.note?.trim();
if (!note) fail('a restatement needs --note "<why>": readers see it next to the restated numbers');
const date = values.date ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(`expected --date as YYYY-MM-DD, got "${date}"`);

try {
  const lock = readLock(join(dataDir(), LOCK_FILE_NAME));
  if (!lock?.vintages[id] || !lock.outputs?.[id])
    fail(`vintage ${id} is not published and locked with recorded outputs; only a published vintage can be restated`);
  const drifted = driftedVintages(loadAllVintages(vintagesDir()), lock).find((d) => d.id === id);
  if (!drifted) fail(`the ${id} forecast still computes what it published; there is nothing to restate`);
  const restatement = restatementOf(drifted.drift, factTextWith(drifted.facts), date, note, headlineFactNames(drifted.facts));
  const previous = lock.outputs[id]!;
  const outputs = { ...lock.outputs, [id]: { ...drifted.computed.record, restatements: [...(previous.restatements ?? []), restatement] } };
  writeLock(dataDir(), serializeLock(lock.vintages, outputs));
  console.log(
    `Restated ${id} on ${date}: ${restatement.moved.length} facts moved${restatement.charts?.length ? `, ${restatement.charts.length} figures' data changed` : ''}.`,
  );
  for (const m of restatement.moved.slice(0, 12)) console.log(`  ${m.name}: ${m.old} → ${m.new}`);
  if (restatement.moved.length > 12) console.log(`  … and ${restatement.moved.length - 12} more`);
  console.log(`Wrote data/${LOCK_FILE_NAME}; the archive page /v/${id}/ and the revision page now say so.`);
} catch (e) {
  if (!(e instanceof DataError)) throw e;
  fail(`the data does not validate:\n${e.message}`);
}
