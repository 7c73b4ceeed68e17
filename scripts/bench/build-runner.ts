import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** What scripts/build.ts writes to its --timings file. */
export interface BuildTimings {
  totalMs: number;
  validateMs: number;
  astroMs: number;
  /** Pagefind and the PDF run at the same time after Astro: each one's time, and both together. */
  searchIndexMs?: number;
  pdfMs?: number;
  postBuildMs?: number;
  /** CPU time (user + system) of the Astro process: what the build costs on an idle machine, roughly. */
  astroCpuMs: number;
  modelMs: number;
  chartRenderMs: number;
  chartRenderCpuMs: number;
  pagesMs: number;
  chartsRendered: number;
  svgCacheHits: number;
  svgCacheMisses: number;
  maxRssBytes: number;
}

export interface BuildRun extends BuildTimings {
  /** Wall time of the whole `npm run build` equivalent, as a user waits for it. */
  wallMs: number;
}

export interface BuildTarget {
  dataDir: string;
  contentDir: string;
  outDir: string;
  cacheDir: string;
  syntheticCharts?: number;
  /** Extra environment for the build (e.g. REPORT_PRERENDER). */
  env?: Record<string, string>;
}

/** Forgets every build cache a cold build must not see: the chart cache and Astro's content-layer store. */
export function clearCaches(t: BuildTarget): void {
  rmSync(t.cacheDir, { recursive: true, force: true });
  rmSync(resolve('node_modules/.astro'), { recursive: true, force: true });
  rmSync(t.outDir, { recursive: true, force: true });
}

/** Runs the real build script (validate → Astro → swap) exactly as `npm run build` does, against the target's inputs. */
export function runBuild(t: BuildTarget, label: string): BuildRun {
  const timings = join(t.outDir + '.timings.json');
  const started = performance.now();
  const r = spawnSync(
    process.execPath,
    [resolve('node_modules/tsx/dist/cli.mjs'), resolve('packages/engine/src/cli/index.ts'), 'build', '--out', t.outDir, '--timings', timings],
    {
      encoding: 'utf8',
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        REPORT_COMMIT: 'bench',
        REPORT_DATA_DIR: t.dataDir,
        REPORT_CONTENT_DIR: t.contentDir,
        REPORT_CHART_CACHE: t.cacheDir,
        REPORT_SYNTHETIC_CHARTS: String(t.syntheticCharts ?? 0),
        ...t.env,
      },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const wallMs = performance.now() - started;
  if (r.status !== 0) throw new Error(`bench build "${label}" failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return { wallMs, ...(JSON.parse(readFileSync(timings, 'utf8')) as BuildTimings) };
}
