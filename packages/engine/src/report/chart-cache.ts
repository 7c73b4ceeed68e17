import { settings } from '../settings';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SvgCache } from '../charts/cache';

/**
 * Rendered SVGs kept on disk between builds, so a prose-only rebuild draws no chart again and a data
 * edit redraws only the charts whose spec changed. `npm ci` empties node_modules/.cache, so a fresh
 * clone always starts cold. REPORT_CHART_CACHE=<dir> moves it; REPORT_CHART_CACHE=off disables it.
 */
const DEFAULT_CHART_CACHE_DIR = resolve('node_modules/.cache/report-charts');

interface Entry {
  key: string;
  sha256: string;
  svg: string;
}

const digest = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * One file per key. An entry is served only when it names its own key and its SVG matches the stored
 * checksum; a truncated, corrupted or misplaced file counts as a miss and is redrawn and overwritten.
 * Writes go to a temporary file that is renamed into place, so parallel builds never read half a file.
 */
export function diskSvgCache(dir: string): SvgCache {
  let made = false;
  const file = (key: string) => join(dir, key.slice(0, 2), `${key}.json`);
  return {
    get(key) {
      try {
        const entry = JSON.parse(readFileSync(file(key), 'utf8')) as Entry;
        if (entry.key === key && typeof entry.svg === 'string' && digest(entry.svg) === entry.sha256) return entry.svg;
      } catch {
        // missing or unreadable: a miss
      }
      return undefined;
    },
    set(key, svg) {
      const target = file(key);
      const tmp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      try {
        if (!made) mkdirSync(join(dir), { recursive: true });
        made = true;
        mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
        writeFileSync(tmp, JSON.stringify({ key, sha256: digest(svg), svg } satisfies Entry));
        renameSync(tmp, target);
      } catch {
        // A cache that cannot be written (read-only checkout, full disk) only costs speed.
        rmSync(tmp, { force: true });
      }
    },
  };
}

/** The cache a build uses, from REPORT_CHART_CACHE; undefined when switched off. */
export function buildSvgCache(setting = settings.chartCache()): SvgCache | undefined {
  if (setting === 'off') return undefined;
  return diskSvgCache(setting ? resolve(setting) : DEFAULT_CHART_CACHE_DIR);
}
