import { settings } from '../settings';
import { writeFileSync } from 'node:fs';
import type { SvgCache } from '../charts/cache';

/**
 * Cheap build instrumentation: stage times and chart counts, gathered in the Astro process and written
 * as JSON on exit when REPORT_TIMINGS_FILE is set (scripts/build.ts sets it; the bench reads it).
 * Kept on globalThis because Astro loads this module twice (config and pages) in one process.
 */
interface BuildTimings {
  modelMs: number;
  chartRenderMs: number;
  /** CPU time (user + system) spent while chart renders were in flight: less sensitive to a busy machine. */
  chartRenderCpuMs: number;
  chartsRendered: number;
  svgCacheHits: number;
  svgCacheMisses: number;
  maxRssBytes?: number;
  /** CPU time of the whole Astro process. */
  cpuMs?: number;
}

const KEY = Symbol.for('report.buildTimings');
const store = globalThis as unknown as Record<symbol, { timings: BuildTimings; active: number; since: number; cpuSince: NodeJS.CpuUsage } | undefined>;
const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

function state() {
  let s = store[KEY];
  if (!s) {
    s = {
      timings: { modelMs: 0, chartRenderMs: 0, chartRenderCpuMs: 0, chartsRendered: 0, svgCacheHits: 0, svgCacheMisses: 0 },
      active: 0,
      since: 0,
      cpuSince: process.cpuUsage(),
    };
    store[KEY] = s;
    const file = settings.timingsFile();
    if (file) {
      const t = s.timings;
      process.on('exit', () => {
        t.maxRssBytes = process.resourceUsage().maxRSS * 1024;
        t.cpuMs = cpuMs(process.cpuUsage());
        writeFileSync(file, JSON.stringify(t));
      });
    }
  }
  return s;
}

export function timeModel<T>(run: () => T): T {
  const t0 = performance.now();
  try {
    return run();
  } finally {
    state().timings.modelMs += performance.now() - t0;
  }
}

/**
 * Time during which at least one chart render is in flight. Astro may render several components at
 * once; counting overlapping renders once keeps the total comparable with wall-clock time.
 */
export async function timeChartRender<T>(run: () => Promise<T>): Promise<T> {
  const s = state();
  if (s.active++ === 0) {
    s.since = performance.now();
    s.cpuSince = process.cpuUsage();
  }
  try {
    return await run();
  } finally {
    s.timings.chartsRendered++;
    if (--s.active === 0) {
      s.timings.chartRenderMs += performance.now() - s.since;
      s.timings.chartRenderCpuMs += cpuMs(process.cpuUsage(s.cpuSince));
    }
  }
}

/** Wraps a cache to count hits and misses. */
export function countingCache(cache: SvgCache | undefined): SvgCache | undefined {
  if (!cache) return undefined;
  const t = state().timings;
  return {
    get(key) {
      const svg = cache.get(key);
      if (svg === undefined) t.svgCacheMisses++;
      else t.svgCacheHits++;
      return svg;
    },
    set: (key, svg) => cache.set(key, svg),
  };
}
