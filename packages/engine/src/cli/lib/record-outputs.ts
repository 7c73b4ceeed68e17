/** Records outputs (facts and figure data) in the lock beside the input hashes: what `npm run lock` and `npm run publish` write. */
import { join } from 'node:path';
import type { OutputsRecord } from '../../data/frozen-outputs';
import { loadAllVintages, type Vintage } from '../../data/load';
import { serializeLock, updateLock, writeLock, type LockFile, type LockUpdate } from '../../data/lock';
import { computeOutputs } from '../../report/outputs';

/** Adds the outputs record of every locked vintage that has none yet, or is named in `rerecord`; restatements are kept. */
function withRecordedOutputs(
  lock: LockFile,
  vintages: readonly Vintage[],
  rerecord: readonly string[] = [],
): { outputs: Record<string, OutputsRecord>; recorded: string[] } {
  const outputs: Record<string, OutputsRecord> = { ...(lock.outputs ?? {}) };
  const recorded: string[] = [];
  for (const v of vintages) {
    if (!lock.vintages[v.id]) continue;
    const existing = outputs[v.id];
    if (existing && !rerecord.includes(v.id)) continue;
    outputs[v.id] = { ...computeOutputs(v).record, ...(existing?.restatements ? { restatements: existing.restatements } : {}) };
    recorded.push(v.id);
  }
  return { outputs, recorded };
}

/** Updates and writes the lock (see updateLock), recording the outputs of newly locked and relocked vintages. */
export function lockVintages(dataDir: string, relock: readonly string[] = [], root = process.cwd()): LockUpdate & { recorded: string[] } {
  const update = updateLock(dataDir, relock, root);
  const { outputs, recorded } = withRecordedOutputs(update.lock, loadAllVintages(join(dataDir, 'vintages'), root), update.relocked);
  const text = serializeLock(update.lock.vintages, outputs);
  writeLock(dataDir, text);
  return { ...update, text, lock: { ...update.lock, outputs }, recorded };
}
