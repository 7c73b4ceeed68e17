import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Astro writes `.astro/content-modules.mjs` (the list of chapter modules) in the project root, whatever
 * the content folder; two builds of different reports at once (fixture tests side by side) overwrite
 * each other's list and one builds the other's chapters. Builds in one checkout therefore take turns.
 * The lock is a folder holding the owner's pid; a lock whose owner died is taken over.
 */
const LOCK = resolve('.build/astro-build.lock');
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function ownerAlive(): boolean {
  try {
    const pid = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but is not ours to signal; anything else (no pid file yet, ESRCH): treat as gone
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireAstroLock(timeoutMs = 15 * 60_000): () => void {
  mkdirSync(resolve('.build'), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  let seenDeadAt = 0;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      break;
    } catch {
      if (ownerAlive()) seenDeadAt = 0;
      // A lock without a live owner for over a second (not one being created right now) is stale.
      else if (!seenDeadAt) seenDeadAt = Date.now();
      else if (Date.now() - seenDeadAt > 1000) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`another build has held ${LOCK} for ${timeoutMs / 60_000} minutes`);
      sleep(200);
    }
  }
  const release = () => rmSync(LOCK, { recursive: true, force: true });
  process.once('exit', release);
  return release;
}
