import { resolve } from 'node:path';
import { loadAllVintages } from '../../packages/engine/src/data/load';

/**
 * The project's vintages as the loader sees them, so tests follow the data instead of naming a vintage that a
 * newer forecast will displace. Tests about one specific vintage (a locked archive) still name it.
 */
export function publishedVintageIds(dataDir = resolve('data')): string[] {
  return loadAllVintages(resolve(dataDir, 'vintages'))
    .filter((v) => v.meta.status === 'published')
    .map((v) => v.id);
}

/** The newest published vintage: the one the report's chapters show. */
export function latestPublishedId(dataDir?: string): string {
  const ids = publishedVintageIds(dataDir);
  const latest = ids[ids.length - 1];
  if (!latest) throw new Error('no published vintage in the project data');
  return latest;
}
