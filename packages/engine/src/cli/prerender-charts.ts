/**
 * Draws every chart of every published vintage into the chart cache. scripts/build.ts runs it beside
 * Astro when REPORT_PRERENDER=1, so charts are drawn on the second core while Astro bundles on the
 * first. It walks the charts last to first and Astro draws them first to last; each side finds the
 * other's work in the cache, so they meet in the middle instead of drawing everything twice.
 */
import { chartPaths } from '../report/downloads';
import { getReport } from '../report/context';

for (const { params } of chartPaths().reverse()) await getReport(params.vintage).chart(params.chart);
