import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { getVintages, latestVintage } from './context';
import { chaptersDir, contentDir } from '../settings';
import { COMMIT } from './provenance';

/** Packages whose versions decide what the site looks like; the lockfile hash covers the rest. */
const TOOLS = ['astro', '@astrojs/mdx', 'vega', 'vega-lite', 'zod', 'typescript'] as const;

const sha256 = (bytes: Uint8Array | string) => `sha256-${createHash('sha256').update(bytes).digest('hex')}`;
/**
 * The nearest `relativePath` at or above the report's folder, the way Node looks for node_modules: a report inside a
 * larger checkout (a workspace, an examples/ folder) uses the packages and the lockfile of the project that installs them.
 */
function nearest(relativePath: string, dir = resolve('.')): string | undefined {
  const file = join(dir, relativePath);
  if (existsSync(file)) return file;
  const parent = dirname(dir);
  return parent === dir ? undefined : nearest(relativePath, parent);
}
const packageVersion = (name: string): string => {
  const file = nearest(join('node_modules', name, 'package.json'));
  return file ? JSON.parse(readFileSync(file, 'utf8')).version : 'not installed';
};

function chapterFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => join(dir, f))
    .sort();
}

/**
 * What a build was made from: commit, vintages, hashes of every input file and the tool versions.
 * Nothing here reads the clock or depends on where the checkout lives, so two builds of one commit agree byte for byte.
 */
export function buildInfo() {
  const pkg = JSON.parse(readFileSync(resolve('package.json'), 'utf8'));
  return {
    generator: `${pkg.name}@${pkg.version}`,
    commit: COMMIT,
    vintage: latestVintage().id,
    vintages: getVintages().map((v) => ({
      id: v.id,
      status: v.meta.status,
      files: Object.fromEntries(Object.entries(v.raw).map(([name, bytes]) => [name, sha256(bytes)])),
    })),
    content: Object.fromEntries(chapterFiles(chaptersDir()).map((f) => [relative(contentDir(), f), sha256(readFileSync(f))])),
    tools: {
      node: process.version,
      ...Object.fromEntries(TOOLS.map((name) => [name, packageVersion(name)])),
      'package-lock.json': ((lock) => (lock ? sha256(readFileSync(lock)) : 'none'))(nearest('package-lock.json')),
    },
  };
}
