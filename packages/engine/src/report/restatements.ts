import { join } from 'node:path';
import type { Restatement } from '../data/frozen-outputs';
import { LOCK_FILE_NAME, readLock } from '../data/lock';
import { dataDir } from '../settings';

let cached: Record<string, Restatement[]> | undefined;

/** Restatements of a published vintage (npm run restate), oldest first; empty for most. Read once per build. */
export function restatementsOf(vintageId: string): Restatement[] {
  cached ??= Object.fromEntries(Object.entries(readLock(join(dataDir(), LOCK_FILE_NAME))?.outputs ?? {}).map(([id, o]) => [id, o.restatements ?? []]));
  return cached[vintageId] ?? [];
}
