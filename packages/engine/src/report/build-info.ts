import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { nearestFile } from '../lib/nearest';
import { getVintages, latestVintage } from './context';
import { chaptersDir, contentDir } from '../settings';
import { COMMIT } from './provenance';

/** Packages whose versions decide what the site looks like; the lockfile hash covers the rest. */
const TOOLS = ['astro', '@astrojs/mdx', 'vega', 'vega-lite', 'zod', 'typescript'] as const;

const sha256 = (bytes: Uint8Array | string) => `sha256-${createHash('sha256').update(bytes).digest('hex')}`;
const packageVersion = (name: string): string => {
  const file = nearestFile(join('node_modules', name, 'package.json'));
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
      'package-lock.json': ((lock) => (lock ? sha256(readFileSync(lock)) : 'none'))(nearestFile('package-lock.json')),
    },
  };
}
