/**
 * The vintage lock: content hashes of every file of every published vintage, in data/vintages.lock.json.
 * `npm run validate` and the build compare each locked vintage with its hashes, so a published forecast
 * cannot change silently; the author makes a new vintage instead. Drafts are never locked. A newly
 * published vintage is locked by a deliberate `npm run lock`, not automatically, so publishing stays
 * a reviewed step.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { vintageCommitted } from './committed';
import { collectProblems, DataError, type Problem } from './errors';
import { OutputsRecord } from './frozen-outputs';
import { parseJsonFile } from './json';
import { loadAllVintages, listVintageIds, VINTAGE_ID, type LoadOptions, type Vintage } from './load';
import { CURRENT_VINTAGE_FORMAT } from './schema';
import { chapterCitations, firstCommitProblems } from './source-checks';
import { sourceMessages } from './messages';
import { messages } from './messages';
import { parseWith } from './validate';

export const LOCK_FILE_NAME = 'vintages.lock.json';

const Hash = z.string().regex(/^sha256:[0-9a-f]{64}$/);
export const LockFile = z.strictObject({
  $comment: z.string().optional(),
  vintages: z.record(z.string().regex(VINTAGE_ID), z.record(z.string().min(1), Hash)),
  /** What each published vintage said when it was published (src/data/frozen-outputs.ts), and its restatements. */
  outputs: z.record(z.string().regex(VINTAGE_ID), OutputsRecord).optional(),
});
export type LockFile = z.infer<typeof LockFile>;
/** File name → "sha256:<hex>". */
export type VintageHashes = Record<string, string>;

const LOCK_COMMENT =
  'Content hashes of every published vintage, written by `npm run lock` and checked by `npm run validate` and `npm run build`. Do not edit by hand.';

/**
 * SHA-256 of a file's bytes with CRLF read as LF, so a checkout that converts line endings
 * (git autocrlf on Windows) does not look like an edit.
 */
export function contentHash(bytes: Uint8Array): string {
  const normalized = Buffer.from(Buffer.from(bytes).toString('latin1').replace(/\r\n/g, '\n'), 'latin1');
  return `sha256:${createHash('sha256').update(normalized).digest('hex')}`;
}

/** Hashes of every regular file directly inside a vintage folder, by name, sorted. */
export function hashVintageFolder(dir: string): VintageHashes {
  const names = readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort();
  return Object.fromEntries(names.map((name) => [name, contentHash(readFileSync(join(dir, name)))]));
}

/** The month after the newest vintage: what to suggest for `npm run new-vintage`. */
export function nextVintageId(ids: readonly string[]): string {
  const newest = [...ids].sort().pop();
  if (!newest) return 'YYYY-MM';
  const [y, m] = newest.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Reads the lock file, or undefined when there is none. Throws a located DataError when it is malformed. */
export function readLock(lockPath: string, root = process.cwd()): LockFile | undefined {
  if (!existsSync(lockPath)) return undefined;
  const file = relative(root, lockPath) || lockPath;
  const json = parseJsonFile(file, readFileSync(lockPath));
  const parsed = parseWith(file, json, LockFile);
  if (!parsed.data) throw new DataError(parsed.problems.map((p) => ({ ...p, message: `${p.message}; ${messages.lockInvalid()}` })));
  return parsed.data;
}

/** Lock file text: sorted keys, so the same vintages always give the same bytes. */
export function serializeLock(vintages: Record<string, VintageHashes>, outputs: Record<string, OutputsRecord> = {}): string {
  const sorted = Object.fromEntries(
    Object.keys(vintages)
      .sort()
      .map((id) => [
        id,
        Object.fromEntries(
          Object.keys(vintages[id]!)
            .sort()
            .map((f) => [f, vintages[id]![f]!]),
        ),
      ]),
  );
  // Outputs only of vintages still locked, in id order.
  const kept = Object.fromEntries(
    Object.keys(outputs)
      .filter((id) => id in vintages)
      .sort()
      .map((id) => [id, outputs[id]!]),
  );
  return JSON.stringify({ $comment: LOCK_COMMENT, vintages: sorted, ...(Object.keys(kept).length ? { outputs: kept } : {}) }, null, 2) + '\n';
}

/** Differences between a locked vintage's recorded hashes and its folder now. */
export function lockedVintageProblems(id: string, recorded: VintageHashes, vintagesDir: string, nextId: string, root = process.cwd()): Problem[] {
  const dir = join(vintagesDir, id);
  const rel = (name: string) => relative(root, join(dir, name)) || name;
  if (!existsSync(dir)) return [{ file: relative(root, dir) || dir, message: messages.lockedVintageMissing(id) }];
  const actual = hashVintageFolder(dir);
  const problems: Problem[] = [];
  // A vintage locked but never committed: `git checkout` cannot restore it; publishing it again can.
  const same = Object.keys(actual).length === Object.keys(recorded).length && Object.entries(recorded).every(([n, h]) => actual[n] === h);
  if (same) return [];
  const committed = vintageCommitted(dir);
  if (committed === false) return [{ file: relative(root, dir) || dir, message: messages.unannouncedVintageEdited(id) }];
  // Git cannot tell whether readers have seen it: say what to do in either case.
  const hint = committed === undefined ? ` ${messages.ifUnannounced(id)}` : '';
  for (const [name, hash] of Object.entries(recorded)) {
    if (!(name in actual)) problems.push({ file: rel(name), message: messages.publishedVintageFileRemoved(id, nextId) + hint });
    else if (actual[name] !== hash) problems.push({ file: rel(name), message: messages.publishedVintageEdited(id, nextId) + hint });
  }
  for (const name of Object.keys(actual)) {
    if (!(name in recorded)) problems.push({ file: rel(name), message: messages.publishedVintageFileAdded(id, nextId) + hint });
  }
  return problems;
}

export interface CheckedData {
  vintages: Vintage[];
  lock: LockFile;
}

export interface CheckOptions {
  /** The chapters, so a source cited only in prose counts as cited (and one cited nowhere fails). */
  chaptersDir?: string;
  /** Date (YYYY-MM-DD) a vintage's vintage.json was first committed, or undefined when unknown (outside git). */
  firstCommitted?: (vintageJsonPath: string) => string | undefined;
}

/**
 * Loads and validates every vintage and checks the lock: locked vintages must match their hashes, and
 * every published vintage must be locked. Lock problems come first: "you edited a published vintage"
 * is the message that matters even when the edit also broke the schema.
 */
export function loadCheckedVintages(dataDir: string, root = process.cwd(), check: CheckOptions = {}): CheckedData {
  const vintagesDir = join(dataDir, 'vintages');
  const lockPath = join(dataDir, LOCK_FILE_NAME);
  const lockRel = relative(root, lockPath) || lockPath;
  const nextId = nextVintageId(listVintageIds(vintagesDir));
  const problems: Problem[] = [];

  const lock: LockFile | undefined = collectProblems(problems, () => readLock(lockPath, root));
  for (const [id, hashes] of Object.entries(lock?.vintages ?? {})) problems.push(...lockedVintageProblems(id, hashes, vintagesDir, nextId, root));

  const options: LoadOptions = check.chaptersDir ? { chapterCites: chapterCitations(check.chaptersDir) } : {};
  const vintages: Vintage[] = collectProblems(problems, () => loadAllVintages(vintagesDir, root, undefined, options)) ?? [];
  for (const v of vintages) {
    const metaFile = relative(root, join(v.dir, 'vintage.json'));
    // Only archives locked before format 2 may keep the old source format; anything new or still open must move.
    // (Without a readable lock nothing can be judged locked; the lock problem comes first.)
    if (lock && (v.meta.format ?? 1) < CURRENT_VINTAGE_FORMAT && !lock.vintages[v.id])
      problems.push({ file: metaFile, pointer: '/format', message: sourceMessages.legacyFormat(v.id) });
    if (v.meta.status === 'published') problems.push(...firstCommitProblems(metaFile, v.meta, check.firstCommitted?.(join(v.dir, 'vintage.json'))));
  }
  const unlocked = vintages.filter((v) => v.meta.status === 'published' && !lock?.vintages[v.id]);
  const lockReadable = problems.every((p) => p.file !== lockRel);
  if (lockReadable && !lock && unlocked.length > 0) problems.push({ file: lockRel, message: messages.lockMissing() });
  else if (lockReadable) for (const v of unlocked) problems.push({ file: lockRel, pointer: '/vintages', message: messages.vintageNotLocked(v.id) });

  if (problems.length > 0) throw new DataError(problems);
  return { vintages, lock: lock ?? { vintages: {} } };
}

export interface LockUpdate {
  text: string;
  /** The new lock: input hashes, and the outputs recorded so far (a caller adds those of newly locked vintages). */
  lock: Required<LockFile>;
  added: string[];
  relocked: string[];
  unchanged: string[];
}

/**
 * The new lock after `npm run lock`: adds published vintages that are not locked yet and keeps the rest.
 * A locked vintage whose files changed is re-recorded only when named in `relock` (the one command to run
 * after merging a deliberate correction); otherwise the update fails with the validation message.
 */
export function updateLock(dataDir: string, relock: readonly string[] = [], root = process.cwd()): LockUpdate {
  const vintagesDir = join(dataDir, 'vintages');
  const lockPath = join(dataDir, LOCK_FILE_NAME);
  const lock = readLock(lockPath, root) ?? { vintages: {} };
  const nextId = nextVintageId(listVintageIds(vintagesDir));
  const problems: Problem[] = [];
  const recorded: Record<string, VintageHashes> = {};
  const relocked: string[] = [];
  const unchanged: string[] = [];
  for (const [id, hashes] of Object.entries(lock.vintages)) {
    const drift = lockedVintageProblems(id, hashes, vintagesDir, nextId, root);
    if (drift.length === 0) {
      recorded[id] = hashes;
      unchanged.push(id);
    } else if (relock.includes(id) && existsSync(join(vintagesDir, id))) {
      relocked.push(id);
    } else problems.push(...drift);
  }
  // Loading validates every vintage: only valid data is ever locked.
  const vintages: Vintage[] = collectProblems(problems, () => loadAllVintages(vintagesDir, root)) ?? [];
  if (problems.length > 0) throw new DataError(problems);

  const added: string[] = [];
  for (const v of vintages) {
    if (v.meta.status !== 'published' || recorded[v.id]) continue;
    recorded[v.id] = hashVintageFolder(join(vintagesDir, v.id));
    if (!relocked.includes(v.id)) added.push(v.id);
  }
  for (const id of relocked) {
    if (!recorded[id]) throw new DataError([{ file: relative(root, join(vintagesDir, id, 'vintage.json')), message: messages.relockNotPublished(id) }]);
  }
  // A relocked vintage's inputs changed, so its recorded outputs no longer describe it: the caller records them again.
  const outputs = Object.fromEntries(Object.entries(lock.outputs ?? {}).filter(([id]) => recorded[id] && !relocked.includes(id)));
  return { text: serializeLock(recorded, outputs), lock: { $comment: LOCK_COMMENT, vintages: recorded, outputs }, added, relocked, unchanged };
}

export function writeLock(dataDir: string, text: string): void {
  writeFileSync(join(dataDir, LOCK_FILE_NAME), text);
}
