import type { BenchResults } from './index';

export interface BudgetCheck {
  budget: string;
  target: string;
  measured: string;
  met: boolean | null;
}

const sec = (x: number) => `${(x / 1000).toFixed(2)} s`;

/**
 * The README's performance budgets (section "Performance"), checked against this run. `met` is null when the stage
 * that measures it did not run (or ran in smoke mode, whose inputs are too small to judge).
 */
export function checkBudgets(r: BenchResults): BudgetCheck[] {
  const judge = (ok: boolean | undefined): boolean | null => (ok === undefined || r.smoke ? null : ok);
  const big = r.synthetic.find((x) => x.charts === 1000);
  const slope = r.marginalPerChart;
  const chartPage = r.pageWeight?.largestChartPage;
  const cold = r.real?.cold;
  const warm = r.real?.warmProse;
  const dev = r.devLoop;
  const x = r.explorer;
  const checks: BudgetCheck[] = [
    {
      budget: slope
        ? `whole build, marginal cost per chart (cold, ${slope.fromCharts} → ${slope.toCharts} charts)`
        : 'whole build, marginal cost per chart (cold, 200 → 1,000 charts)',
      target: '≤ 30 ms per chart',
      measured: slope ? `${slope.wallMsPerChart.toFixed(1)} ms per chart (Astro CPU ${slope.astroCpuMsPerChart.toFixed(1)} ms)` : '-',
      met: judge(slope && slope.fromCharts >= 200 && slope.toCharts >= 1000 ? slope.wallMsPerChart <= 30 : undefined),
    },
    {
      budget: 'synthetic 1,000 charts, cold build',
      target: '≤ 45 s',
      measured: big ? sec(big.cold.wallMs) : '-',
      met: judge(big ? big.cold.wallMs <= 45_000 : undefined),
    },
    {
      budget: 'synthetic 1,000 charts, peak RSS of the Astro process',
      target: '≤ 1.5 GB',
      measured: big ? `${(big.peakRssBytes / 1024 ** 3).toFixed(2)} GB` : '-',
      met: judge(big ? big.peakRssBytes <= 1.5 * 1024 ** 3 : undefined),
    },
    {
      budget: 'real report, cold build (search index and PDF included)',
      target: '≤ 10 s',
      measured: cold
        ? `${sec(cold.wallMs)} (Astro ${sec(cold.astroMs)}, search ${sec(cold.searchIndexMs ?? NaN)}, PDF ${sec(cold.pdfMs ?? NaN)}, both at once ${sec(cold.postBuildMs ?? NaN)})`
        : '-',
      met: judge(cold ? cold.wallMs <= 10_000 && (cold.pdfMs ?? 0) > 0 : undefined),
    },
    {
      budget: 'real report, rebuild after a prose-only edit',
      target: '≥ 3× faster than cold',
      measured:
        cold && warm ? `${(cold.wallMs / warm.wallMs).toFixed(2)}× (${sec(warm.wallMs)}; Astro CPU ${(cold.astroCpuMs / warm.astroCpuMs).toFixed(2)}×)` : '-',
      met: judge(cold && warm ? cold.wallMs / warm.wallMs >= 3 : undefined),
    },
    {
      budget: '`npm run dev`: save a chapter → updated page served',
      target: '≤ 1 s',
      measured: dev ? sec(dev.proseSaveMs) : '-',
      met: judge(dev ? dev.proseSaveMs <= 1000 : undefined),
    },
    {
      budget: '`npm run dev`: save a data file → updated numbers served',
      target: '≤ 3 s',
      measured: dev ? sec(dev.dataSaveMs) : '-',
      met: judge(dev ? dev.dataSaveMs <= 3000 : undefined),
    },
    {
      budget: `chart page ${chartPage?.page ?? ''}`.trim(),
      // Reading needs no JavaScript (tests/e2e/no-js.spec.ts); the only script is the theme toggle's, held to 1 KB.
      target: '≤ 100 KB gzip, JS ≤ 1 KB (theme toggle only)',
      measured: chartPage ? `${(chartPage.totalGzipBytes / 1024).toFixed(1)} KB gzip, ${chartPage.jsBytes} B JS` : '-',
      met: judge(chartPage ? chartPage.totalGzipBytes <= 100 * 1024 && chartPage.jsBytes <= 1024 : undefined),
    },
    {
      budget: 'explore page JavaScript',
      target: '≤ 150 KB gzip',
      measured: x ? `${(x.jsGzipBytes / 1024).toFixed(1)} KB gzip (${(x.explorerOnlyGzipBytes / 1024).toFixed(1)} KB for the explorer alone)` : '-',
      met: judge(x ? x.jsGzipBytes <= 150 * 1024 : undefined),
    },
    {
      budget: 'explore page, response to a control change',
      target: '≤ 50 ms',
      measured: x
        ? `${x.handlerMs.median.toFixed(1)} ms median, ${x.handlerMs.p95.toFixed(1)} ms p95 (4× slower CPU: ${x.handlerMs4xCpu.median.toFixed(1)} / ${x.handlerMs4xCpu.p95.toFixed(1)} ms)`
        : '-',
      met: judge(x ? x.handlerMs.p95 <= 50 : undefined),
    },
  ];
  return checks;
}
