import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The nearest `relativePath` at or above `dir`, the way Node looks for node_modules: a report inside a larger
 * checkout (a workspace, an examples/ folder) uses the packages and the lockfile of the project that installs them.
 */
export function nearestFile(relativePath: string, dir = resolve('.')): string | undefined {
  const file = join(dir, relativePath);
  if (existsSync(file)) return file;
  const parent = dirname(dir);
  return parent === dir ? undefined : nearestFile(relativePath, parent);
}
