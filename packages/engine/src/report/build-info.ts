import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { findUp } from '../lib/find-up';
import { join, relative } from 'node:path';
import { getVintages, latestVintage } from './context';
import { chaptersDir, contentDir } from '../settings';
import { COMMIT } from './provenance';

/** Packages whose versions decide what the site looks like; the lockfile hash covers the rest. */
const TOOLS = ['astro', '@astrojs/mdx', 'vega', 'vega-lite', 'zod', 'typescript'] as const;

const sha256 = (bytes: Uint8Array | string) => `sha256-${createHash('sha256').update(bytes).digest('hex')}`;
// Looked up from the report's folder upwards, as Node resolves its imports: a report inside a repository uses its packages.
const packageVersion = (name: string): string => JSON.parse(readFileSync(findUp(join('node_modules', name, 'package.json'))!, 'utf8')).version;

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
  const packageFile = findUp('package.json');
  const lockFile = findUp('package-lock.json');
  const pkg = packageFile ? JSON.parse(readFileSync(packageFile, 'utf8')) : { name: 'report', version: '0' };
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
      ...(lockFile ? { 'package-lock.json': sha256(readFileSync(lockFile)) } : {}),
    },
  };
}
