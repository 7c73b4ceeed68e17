import { resolve } from 'node:path';
import { currentReport } from './report/current';

/**
 * Every environment variable the engine reads, in one place. The report's config decides everything else; these
 * exist for CI and for the build script's own child processes.
 *
 *   REPORT_BASE, REPORT_SITE        CI: publish under another sub-path or origin than the config says
 *   REPORT_DRAFTS=1                 publish draft vintages too (`build --drafts` sets it)
 *   REPORT_PDF=0                    no PDF and no link to one (fixture builds; set by the build when Chromium is missing)
 *   REPORT_COMMIT                   commit id printed in /data/build.json (the build sets it from git)
 *   REPORT_DATA_DIR, REPORT_CONTENT_DIR   tests: build a private copy of a report's data and chapters
 *   REPORT_OUT_DIR, REPORT_CACHE_DIR, REPORT_TIMINGS_FILE   set by the build for the Astro child process
 *   REPORT_CHART_CACHE              SVG cache folder, or "off"
 *   REPORT_PRERENDER=1, REPORT_SYNTHETIC_CHARTS=N, REPORT_MC_TIMING   bench only
 *   CHROMIUM_PATH                   the browser that prints the PDF (default /usr/bin/chromium)
 */
const env = process.env;

export const settings = {
  base: () => env.REPORT_BASE ?? currentReport().site.base,
  /** Undefined when neither the report nor REPORT_SITE names one (a production build then fails). */
  siteUrl: (): string | undefined => env.REPORT_SITE || currentReport().site.url,
  includeDrafts: () => env.REPORT_DRAFTS === '1',
  pdfLinked: () => env.REPORT_PDF !== '0',
  commit: () => env.REPORT_COMMIT ?? 'uncommitted',
  chartCache: () => env.REPORT_CHART_CACHE,
  timingsFile: () => env.REPORT_TIMINGS_FILE,
  syntheticCharts: () => Number(env.REPORT_SYNTHETIC_CHARTS ?? 0),
  mcTiming: () => Boolean(env.REPORT_MC_TIMING),
  chromium: () => env.CHROMIUM_PATH ?? '/usr/bin/chromium',
};

/** Input folders of the report being built (relative paths resolve against the working directory: the report's root). */
export const dataDir = () => resolve(env.REPORT_DATA_DIR ?? currentReport().paths.data);
export const vintagesDir = () => resolve(dataDir(), 'vintages');
export const contentDir = () => resolve(env.REPORT_CONTENT_DIR ?? currentReport().paths.content);
export const chaptersDir = () => resolve(contentDir(), 'chapters');
