import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { version as vegaVersion } from 'vega';
import { version as vegaLiteVersion } from 'vega-lite';

/**
 * Where the render pipeline's sources live: the engine's charts folder, found through the report's dependency on
 * the engine (this module runs bundled inside the Astro build, where its own URL points into the build output).
 * Builds, scripts and tests all run from the report's root.
 */
export function renderPipelineDir(): string {
  const engineEntry = createRequire(join(process.cwd(), 'package.json')).resolve('@forecast-report/engine');
  return join(dirname(engineEntry), 'charts');
}

const digests = new Map<string, string>();

/**
 * A digest of every source file of the render pipeline: the charts folder, except the figure builders (what they
 * produce, the spec, is part of the key already). Any edit to the code between a spec and its SVG (the lean pass,
 * render options, the theme) changes it, so no entry drawn by other code is ever served; nothing to bump by hand.
 */
export function renderPipelineDigest(dir = renderPipelineDir()): string {
  const known = digests.get(dir);
  if (known) return known;
  if (!existsSync(join(dir, 'render.ts'))) {
    throw new Error(`the chart render pipeline's sources are not at ${dir}; builds and tests run from the report's root`);
  }
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .filter((file) => !file.startsWith('figures/'))
    .sort();
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(dir, file)))
      .update('\0');
  const digest = hash.digest('hex');
  digests.set(dir, digest);
  return digest;
}

/** Where rendered SVGs are kept between builds; the report's implementation lives in src/report. */
export interface SvgCache {
  get(key: string): string | undefined;
  set(key: string, svg: string): void;
}

/**
 * The cache key of one render: everything the SVG depends on. The spec already carries the data
 * and the config; the library versions and the digest of the pipeline's sources are
 * added so an upgrade or a code change never serves an SVG drawn by other code.
 */
export function renderKey(spec: unknown, pipeline = renderPipelineDigest()): string {
  return createHash('sha256')
    .update(JSON.stringify({ spec, vega: vegaVersion, vegaLite: vegaLiteVersion, pipeline }))
    .digest('hex');
}

/** A cache that forgets: for tests and for builds that opt out. */
export function memorySvgCache(): SvgCache & { size(): number } {
  const entries = new Map<string, string>();
  return {
    get: (key) => entries.get(key),
    set: (key, svg) => void entries.set(key, svg),
    size: () => entries.size,
  };
}
