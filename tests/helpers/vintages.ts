import { join, resolve } from 'node:path';
import { listPublishedVintageIds } from '../../packages/engine/src/data/load';

/**
 * The project's published vintages, read from its data, so tests name "the latest" and "the one before it"
 * rather than ids: publishing the next forecast must not break them.
 */
export function publishedVintageIds(dataDir = resolve(process.env.REPORT_DATA_DIR ?? 'data')): string[] {
  return listPublishedVintageIds(join(dataDir, 'vintages'));
}

export const PUBLISHED = publishedVintageIds();
/** The vintage the main pages show. */
export const LATEST = PUBLISHED[PUBLISHED.length - 1]!;
/** The published vintage before the latest: what the latest revision page compares against. */
export const PREVIOUS = PUBLISHED[PUBLISHED.length - 2]!;
/** The first published vintage: always an archive. */
export const OLDEST = PUBLISHED[0]!;
