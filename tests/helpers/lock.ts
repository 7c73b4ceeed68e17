import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const LOCK_DIR = resolve('.build/build.lock');

function holderAlive(): boolean {
  try {
    const pid = Number(readFileSync(join(LOCK_DIR, 'pid'), 'utf8'));
    process.kill(pid, 0);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // EPERM: the process exists but belongs to someone else. No pid file yet: the lock is being taken right now,
    // unless that has lasted long enough to mean its taker died in between.
    if (code === 'ENOENT') {
      try {
        return Date.now() - statSync(LOCK_DIR).mtimeMs < 10_000;
      } catch {
        return false;
      }
    }
    return code === 'EPERM';
  }
}

/** Tries once to take the lock; a lock left by a dead process is removed so the next try can take it. */
function tryLock(): boolean {
  try {
    mkdirSync(LOCK_DIR);
    writeFileSync(join(LOCK_DIR, 'pid'), String(process.pid));
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    if (!holderAlive()) rmSync(LOCK_DIR, { recursive: true, force: true });
    return false;
  }
}

const release = () => rmSync(LOCK_DIR, { recursive: true, force: true });
const timedOut = (ms: number) => new Error(`waited ${ms / 1000} s for the build lock ${LOCK_DIR}`);

/**
 * Runs `fn` while holding a cross-process lock (mkdir is atomic). Waits without blocking the event loop, which a
 * test worker needs to keep answering its runner (a blocked vitest worker fails with "Timeout calling onTaskUpdate").
 */
export async function withBuildLockAsync<T>(fn: () => Promise<T>, timeoutMs = 20 * 60_000): Promise<T> {
  mkdirSync(resolve('.build'), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  while (!tryLock()) {
    if (Date.now() > deadline) throw timedOut(timeoutMs);
    await new Promise((r) => setTimeout(r, 250));
  }
  try {
    return await fn();
  } finally {
    release();
  }
}
