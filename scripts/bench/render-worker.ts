/**
 * One chart-rendering process for the concurrency measurement: renders synthetic figures
 * [from, from + count) of REPORT_SYNTHETIC_CHARTS with no cache, and prints its timings as JSON.
 */
const t0 = performance.now();
(await import('../../packages/engine/src/report/current')).useReport((await import('../../src/report')).default);
const { chartIds, getChart } = await import('../../packages/engine/src/charts/registry');
const { renderChart } = await import('../../packages/engine/src/charts/render');
const { getReport } = await import('../../packages/engine/src/report/context');
const [from, count] = process.argv.slice(2).map(Number) as [number, number];
const report = getReport();
const ids = chartIds()
  .filter((id) => id.startsWith('bench-'))
  .slice(from, from + count);
const t1 = performance.now();
// The build's own chart context (results, facts, timeline, Monte Carlo bands): figures that show uncertainty need all of it.
for (const id of ids) await renderChart(getChart(id), report.chartContext);
const t2 = performance.now();
console.log(JSON.stringify({ startupMs: t1 - t0, renderMs: t2 - t1, charts: ids.length }));

export {};
