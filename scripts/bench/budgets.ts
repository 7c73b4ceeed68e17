import type { BenchResults } from './index';

export interface BudgetCheck {
  budget: string;
  target: string;
  measured: string;
  met: boolean | null;
}

/** The README's performance budgets, checked against this run (null: the stage that measures it did not run). */
export function checkBudgets(r: BenchResults): BudgetCheck[] {
  const big = r.synthetic.find((x) => x.charts === 1000) ?? r.synthetic.at(-1);
  const chartPage = r.pageWeight?.largestChartPage;
  const cold = r.real?.cold.wallMs;
  const warm = r.real?.warmProse?.wallMs;
  const x = r.explorer;
  return [
    { budget: 'real report, cold build', target: '≤ 15 s', measured: cold ? `${(cold / 1000).toFixed(2)} s` : '-', met: cold ? cold <= 15_000 : null },
    {
      budget: `chart render, synthetic ${big?.charts ?? 1000} charts`,
      target: '≤ 20 ms per chart',
      measured: big ? `${big.chartMsPerChart.toFixed(1)} ms per chart (CPU ${big.chartCpuMsPerChart.toFixed(1)} ms)` : '-',
      met: big ? big.chartMsPerChart <= 20 : null,
    },
    {
      budget: `chart page ${chartPage?.page ?? ''}`.trim(),
      target: '≤ 100 KB gzip, no JS',
      measured: chartPage ? `${(chartPage.totalGzipBytes / 1024).toFixed(1)} KB gzip, ${chartPage.jsBytes} B JS` : '-',
      met: chartPage ? chartPage.totalGzipBytes <= 100 * 1024 && chartPage.jsBytes === 0 : null,
    },
    {
      budget: 'real report, warm prose-only rebuild',
      target: '≥ 3× faster than cold',
      measured:
        cold && warm
          ? `${(cold / warm).toFixed(2)}× (${(warm / 1000).toFixed(2)} s; Astro CPU ${(r.real!.cold.astroCpuMs / r.real!.warmProse!.astroCpuMs).toFixed(2)}×)`
          : '-',
      met: cold && warm ? cold / warm >= 3 : null,
    },
    {
      budget: 'explore page JavaScript',
      target: '≤ 150 KB gzip',
      measured: x ? `${(x.jsGzipBytes / 1024).toFixed(1)} KB gzip (${(x.explorerOnlyGzipBytes / 1024).toFixed(1)} KB for the explorer alone)` : '-',
      met: x ? x.jsGzipBytes <= 150 * 1024 : null,
    },
    {
      budget: 'explore page, response to a control change',
      target: '≤ 50 ms',
      measured: x ? `${x.handlerMs.median.toFixed(1)} ms median, ${x.handlerMs.p95.toFixed(1)} ms p95 (4× slower CPU: ${x.handlerMs4xCpu.median.toFixed(1)} / ${x.handlerMs4xCpu.p95.toFixed(1)} ms)` : '-',
      met: x ? x.handlerMs.p95 <= 50 : null,
    },
  ];
}
