import { createHash } from 'node:crypto';
import type { Vintage } from '../data/load';
import { analyseUncertainty, type UncertaintyResults } from '../model/uncertainty';
import { settings } from '../settings';
import { currentReport } from './current';

/**
 * The Monte Carlo run of each vintage, computed once per build process. The cache lives on globalThis
 * because Astro loads this module twice (once for the MDX plugin in the config, once in the page bundle),
 * and both must share one run.
 */
const CACHE_KEY = Symbol.for('forecast-report.uncertainty');
const cache: Map<string, UncertaintyResults> =
  ((globalThis as Record<symbol, unknown>)[CACHE_KEY] as Map<string, UncertaintyResults> | undefined) ??
  (((globalThis as Record<symbol, unknown>)[CACHE_KEY] = new Map<string, UncertaintyResults>()) as Map<string, UncertaintyResults>);

export function uncertaintyOf(vintage: Vintage): UncertaintyResults | undefined {
  const report = currentReport();
  if (!vintage.uncertainty || !report.uncertainty) return undefined;
  // Keyed by content too: a process that edits a vintage and analyses it again (locking after an edit) gets a fresh run.
  const key = `${vintage.dir}\u0000${vintage.id}\u0000${createHash('sha256')
    .update(JSON.stringify([vintage.assumptions, vintage.uncertainty]))
    .digest('hex')}`;
  let u = cache.get(key);
  if (!u) {
    u = analyseUncertainty(report, vintage.assumptions, vintage.inputs, vintage.uncertainty);
    cache.set(key, u);
    if (settings.mcTiming()) console.log(`[uncertainty] ${vintage.id}: ${u.monteCarlo.draws} draws in ${u.elapsedMs.toFixed(0)} ms`);
  }
  return u;
}

/** Forgets every Monte Carlo run (the dev server calls it when a data file changes). */
export function forgetUncertainty(): void {
  cache.clear();
}
