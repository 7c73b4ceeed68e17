import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listVintageIds } from '../../packages/engine/src/data/load';

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
