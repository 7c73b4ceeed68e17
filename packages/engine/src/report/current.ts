import type { Report } from '../contract';
import { registerUnits } from '../format';

/**
 * The report being built. Set once per process: by the Astro integration when the config loads, by the CLI when it
 * loads `src/report.ts`, by a test setup file. It lives on globalThis because Astro loads engine modules twice (the
 * config's copy for the MDX plugins, the page bundle's copy for the pages) and both must see one report.
 */
const KEY = Symbol.for('forecast-report.report');
const slot = globalThis as Record<symbol, Report | undefined>;

export function useReport(report: Report): void {
  slot[KEY] = report;
  registerUnits(report.units);
}

export function currentReport(): Report {
  const report = slot[KEY];
  if (!report) throw new Error('no report loaded: add forecastReport(report) to astro.config.mjs, or run the CLI with --root <report folder>');
  return report;
}
