import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listPublishedVintageIds, listVintageIds } from '../../packages/engine/src/data/load';
import { hashVintageFolder, LOCK_FILE_NAME } from '../../packages/engine/src/data/lock';
import { chapterCitations, sourceUse } from '../../packages/engine/src/data/source-checks';

/**
 * The project's published vintages, read from its data, so tests name "the latest" and "the one before it"
 * rather than ids: publishing the next forecast must not break them.
 */
export function publishedVintageIds(dataDir = resolve(process.env.REPORT_DATA_DIR ?? 'data')): string[] {
  return listPublishedVintageIds(join(dataDir, 'vintages'));
}

/** The newest published vintage of a data folder (the project's by default): what its main pages show. */
export function latestPublishedId(dataDir?: string): string {
  const ids = publishedVintageIds(dataDir);
  const latest = ids[ids.length - 1];
  if (!latest) throw new Error('no published vintage');
  return latest;
}

export const PUBLISHED = publishedVintageIds();
/** The vintage the main pages show. */
export const LATEST = PUBLISHED[PUBLISHED.length - 1]!;
/** The published vintage before the latest: what the latest revision page compares against. */
export const PREVIOUS = PUBLISHED[PUBLISHED.length - 2]!;
/** The first published vintage: always an archive. */
export const OLDEST = PUBLISHED[0]!;

/**
 * For fixtures that replace the chapters: drops from each format-2 vintage the sources nothing cites any more (no
 * assumption, timeline event or remaining chapter), as an author would, and re-records the lock's file hashes, so
 * the "every source is cited" rule holds for the smaller report.
 */
export function dropUncitedSources(dataDir: string, chaptersDir: string): void {
  const vintagesDir = join(dataDir, 'vintages');
  const chapterCites = chapterCitations(chaptersDir);
  const lockPath = join(dataDir, LOCK_FILE_NAME);
  const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
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
  writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n');
}
