import { createHash } from 'node:crypto';
import { version as vegaVersion } from 'vega';
import { version as vegaLiteVersion } from 'vega-lite';
import type { ThemeName } from './theme';

/**
 * Bump when anything between the spec and the cached SVG changes (lean pass, render options), so
 * every entry written by an older pipeline stops matching.
 */
const RENDER_PIPELINE_VERSION = 1;

/** Where rendered SVGs are kept between builds; the report's implementation lives in src/report. */
export interface SvgCache {
  get(key: string): string | undefined;
  set(key: string, svg: string): void;
}

/**
 * The cache key of one render: everything the SVG depends on. The spec already carries the data
 * and the theme config; the theme name, library versions and pipeline version are added so an
 * upgrade never serves an SVG drawn by other code.
 */
export function renderKey(spec: unknown, theme: ThemeName): string {
  return createHash('sha256')
    .update(JSON.stringify({ spec, theme, vega: vegaVersion, vegaLite: vegaLiteVersion, pipeline: RENDER_PIPELINE_VERSION }))
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
