import type { BenchResults, ScenarioResult } from './index';
import { kb, ms, s } from './stats';

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(headers), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

const mb = (b: number) => `${Math.round(b / 1024 / 1024)} MB`;

function buildRows(x: ScenarioResult): string[][] {
  const rows: string[][] = [];
  const add = (kind: string, r: ScenarioResult['cold'] | undefined) => {
    if (!r) return;
    rows.push([
      x.label,
      kind,
      String(r.runs),
      s(r.wallMs),
      ms(r.validateMs),
      ms(r.modelMs),
      `${ms(r.chartRenderMs)} (${Math.round(r.svgCacheMisses / 2)} drawn)`,
      ms(r.pagesMs),
      r.postBuildMs === undefined ? '-' : `${ms(r.searchIndexMs ?? 0)} / ${ms(r.pdfMs ?? 0)} (${ms(r.postBuildMs)})`,
      kind === 'cold' ? `${x.chartMsPerChart.toFixed(1)} ms (CPU ${x.chartCpuMsPerChart.toFixed(1)})` : '',
      s(r.astroCpuMs),
      mb(r.maxRssBytes),
    ]);
  };
  add('cold', x.cold);
  add('warm: prose edit', x.warmProse);
  add('warm: data edit', x.warmData);
  return rows;
}

export function printReport(r: BenchResults): void {
  if (r.smoke) console.log('\nSMOKE RUN: every stage once on the smallest inputs, no PDF. It proves the bench works; its figures judge nothing.');
  console.log(
    `\nBuild (median of runs; ${r.machine.cpus} cores, load ${r.machine.loadAverageAtStart.map((l) => l.toFixed(1)).join(' ')} at start, Node ${r.machine.node})`,
  );
  const scenarios = [...(r.real ? [r.real] : []), ...r.synthetic];
  console.log(
    table(
      ['report', 'build', 'runs', 'wall', 'validate', 'model', 'chart render', 'Astro pages', 'search / PDF (together)', 'ms/chart', 'Astro CPU', 'peak RSS'],
      scenarios.flatMap(buildRows),
    ),
  );
  if (r.pageWeight) {
    const w = r.pageWeight;
    console.log(`\nPage weight (HTML + CSS; JS shipped: ${w.totalJsBytes} B; whole site ${kb(w.siteBytes)})`);
    console.log(
      table(
        ['page', 'charts', 'HTML', 'HTML gzip', 'CSS', 'CSS gzip', 'total gzip', 'JS'],
        w.pages.map((p) => [
          p.page,
          String(p.charts),
          kb(p.htmlBytes),
          kb(p.htmlGzipBytes),
          kb(p.cssBytes),
          kb(p.cssGzipBytes),
          kb(p.totalGzipBytes),
          `${p.jsBytes} B`,
        ]),
      ),
    );
  }
  if (r.ssrVsCsr) {
    const c = r.ssrVsCsr;
    console.log(`\nSSR vs client-side rendering of ${c.page} in Chromium (390×844, gzip, median of ${c.runs})`);
    console.log(
      table(
        ['rendering', 'transferred', 'JS', 'chart visible', 'chart visible, 4× slower CPU'],
        [
          ['inline SVG (SSR)', kb(c.ssr.transferredBytes), kb(c.ssr.jsBytes), ms(c.ssr.chartVisibleMs), ms(c.ssr.chartVisibleMs4xCpu)],
          ['vega-embed (CSR)', kb(c.csr.transferredBytes), kb(c.csr.jsBytes), ms(c.csr.chartVisibleMs), ms(c.csr.chartVisibleMs4xCpu)],
        ],
      ),
    );
  }
  if (r.renderConcurrency) {
    const c = r.renderConcurrency;
    console.log(
      `\nChart rendering across cores (${c.charts} charts, no cache): one process ${s(c.serialMs)}, two processes ${s(c.twoProcessesMs)} (×${c.speedup.toFixed(2)}; start-up ${ms(c.startupMs)} per process)`,
    );
    const p = c.buildWithPrerender;
    if (p)
      console.log(
        `Cold build of ${p.charts} synthetic charts, median of ${p.runs}: ${s(p.offMs)} as is, ${s(p.onMs)} with REPORT_PRERENDER=1 (charts drawn by a second process during Astro's bundling)`,
      );
  }
  if (r.marginalPerChart) {
    const m = r.marginalPerChart;
    console.log(
      `\nWhole build, one more chart (cold, ${m.fromCharts} → ${m.toCharts} charts): ${m.wallMsPerChart.toFixed(1)} ms wall, ${m.astroCpuMsPerChart.toFixed(1)} ms Astro CPU`,
    );
  }
  if (r.devLoop) {
    const d = r.devLoop;
    console.log(
      `\nnpm run dev (median of ${d.runs}): server ready ${s(d.startMs)}, first page ${s(d.firstPageMs)}; chapter save → updated page ${ms(d.proseSaveMs)}; data save → updated numbers ${ms(d.dataSaveMs)}`,
    );
  }
  if (r.explorer) {
    const x = r.explorer;
    console.log(`\nExplore page in Chromium (${x.changes} control changes each)`);
    console.log(
      table(
        ['JS (gzip)', 'explorer only (gzip)', 'JS', 'change: median', 'p95', 'max', 'to next frame: median', 'p95', '4× CPU: median', 'p95'],
        [
          [
            kb(x.jsGzipBytes),
            kb(x.explorerOnlyGzipBytes),
            kb(x.jsBytes),
            ms(x.handlerMs.median),
            ms(x.handlerMs.p95),
            ms(x.handlerMs.max),
            ms(x.nextFrameMs.median),
            ms(x.nextFrameMs.p95),
            ms(x.handlerMs4xCpu.median),
            ms(x.handlerMs4xCpu.p95),
          ],
        ],
      ),
    );
  }
  for (const [name, value] of Object.entries(r)) {
    if (
      [
        'machine',
        'real',
        'synthetic',
        'pageWeight',
        'ssrVsCsr',
        'renderConcurrency',
        'explorer',
        'budgets',
        'benchMs',
        'marginalPerChart',
        'devLoop',
        'smoke',
      ].includes(name)
    )
      continue;
    console.log(`\n${name}: ${JSON.stringify(value)}`);
  }
  console.log('\nBudgets');
  console.log(
    table(
      ['budget', 'target', 'measured', 'met'],
      r.budgets.map((b) => [b.budget, b.target, b.measured, b.met === null ? 'not run' : b.met ? 'yes' : 'MISSED']),
    ),
  );
}
