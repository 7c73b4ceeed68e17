import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The nearest `name` in `from` or a folder above it: a report folder may live inside a larger project. */
export function findUp(name: string, from = resolve('.')): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, name))) return join(dir, name);
    if (dirname(dir) === dir) return undefined;
  }
}
