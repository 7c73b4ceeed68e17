import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listVintageIds } from '../../packages/engine/src/data/load';
import { hashVintageFolder, LOCK_FILE_NAME, readLock, serializeLock } from '../../packages/engine/src/data/lock';
import { chapterCitations, sourceUse } from '../../packages/engine/src/data/source-checks';

/**
 * The project's published vintages, oldest first, read from their vintage.json files (no report contract needed, so
 * browser tests can use it too). Tests follow the data instead of naming a vintage that a newer forecast will
 * displace; tests about one specific vintage (a locked archive) still name it.
 */
export function publishedVintageIds(dataDir = resolve('data')): string[] {
  const dir = resolve(dataDir, 'vintages');
  return listVintageIds(dir).filter((id) => JSON.parse(readFileSync(join(dir, id, 'vintage.json'), 'utf8')).status === 'published');
}

/** The newest published vintage: the one the report's chapters show. */
export function latestPublishedId(dataDir?: string): string {
  const ids = publishedVintageIds(dataDir);
  const latest = ids[ids.length - 1];
  if (!latest) throw new Error('no published vintage in the project data');
  return latest;
}

/**
 * For fixtures that replace the chapters: drops from each format-2 vintage the sources nothing cites any more (no
 * assumption, timeline event or remaining chapter), as an author would, and re-records the lock, so the
 * "every source is cited" rule holds for the smaller report.
 */
export function dropUncitedSources(dataDir: string, chaptersDir: string): void {
  const vintagesDir = join(dataDir, 'vintages');
  const chapterCites = chapterCitations(chaptersDir);
  const lock = readLock(join(dataDir, LOCK_FILE_NAME))!;
  for (const id of listVintageIds(vintagesDir)) {
    const dir = join(vintagesDir, id);
    const read = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8'));
    if ((read('vintage.json').format ?? 1) < 2) continue;
    const timeline = existsSync(join(dir, 'timeline.json')) ? read('timeline.json').events : [];
    const use = sourceUse(read('assumptions.json'), timeline, chapterCites);
    const sources = read('sources.json');
    sources.sources = sources.sources.filter((s: { id: string }) => use.all.has(s.id));
    writeFileSync(join(dir, 'sources.json'), JSON.stringify(sources, null, 2) + '\n');
    if (lock.vintages[id]) lock.vintages[id] = hashVintageFolder(dir);
  }
  writeFileSync(join(dataDir, LOCK_FILE_NAME), serializeLock(lock.vintages));
}
