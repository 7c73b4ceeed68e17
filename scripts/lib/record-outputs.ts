/** Adds the outputs record of every locked vintage that has none yet (publishing, or a lock written before outputs were recorded). */
import type { OutputsRecord } from '../../src/data/frozen-outputs';
import type { Vintage } from '../../src/data/load';
import type { LockFile } from '../../src/data/lock';
import { computeOutputs } from '../../src/report/outputs';

export function withRecordedOutputs(lock: LockFile, vintages: readonly Vintage[], rerecord: readonly string[] = []): { outputs: Record<string, OutputsRecord>; recorded: string[] } {
  const outputs: Record<string, OutputsRecord> = { ...(lock.outputs ?? {}) };
  const recorded: string[] = [];
  for (const v of vintages) {
    if (!lock.vintages[v.id]) continue;
    const existing = outputs[v.id];
    if (existing && !rerecord.includes(v.id)) continue;
    // A re-recorded vintage keeps its restatement history.
    outputs[v.id] = { ...computeOutputs(v).record, ...(existing?.restatements ? { restatements: existing.restatements } : {}) };
    recorded.push(v.id);
  }
  return { outputs, recorded };
}
