/**
 * npm run bench: how build cost grows with the report, what a page costs a reader, and whether the
 * performance budgets (README, "Performance") hold. Writes bench/results/latest.json and prints a table.
 *
 *   --only real,ssr-csr,synthetic,render,monte-carlo,explorer   run some stages only (default: all)
 *   --sizes 20,200,1000                     synthetic report sizes, in charts
 *   --quick                                 fewer runs (for trying the bench itself, not for numbers)
 *   --smoke                                 every stage once on the smallest inputs, no PDF (npm test runs this,
 *                                           so a stage cannot break unnoticed; its figures mean nothing)
 *
 * Each stage is a function in STAGES below: add one by appending { name, run }.
 * Run counts (medians): real report cold 3, warm 3 each; synthetic ≤200 charts 3, larger 1.
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { runBuild, clearCaches, type BuildRun, type BuildTarget } from './build-runner';
import { measureDevLoop, type DevLoop } from './dev-loop';
import { BENCH_DIR, copyReport, editOneNumber, editProse, syntheticReport } from './inputs';
import { measureSite, type SiteWeight } from './page-weight';
import { compareRendering, type SsrVsCsr } from './ssr-vs-csr';
import { measureExplorer, type ExplorerBench } from './explorer';
import { measureRenderConcurrency, type RenderConcurrency } from './render-concurrency';
import { checkBudgets, type BudgetCheck } from './budgets';
import { marginalCost, type MarginalCost } from './marginal';
import { median, medianOf, kb, ms, s } from './stats';
import { printReport } from './table';

const { values } = parseArgs({
  options: { only: { type: 'string' }, sizes: { type: 'string' }, quick: { type: 'boolean', default: false }, smoke: { type: 'boolean', default: false } },
});
const only = values.only ? new Set(values.only.split(',')) : undefined;
const smoke = values.smoke!;
const quick = values.quick! || smoke;
// One size in the smoke run: the per-chart slope between two sizes is unit-tested (tests/unit/scripts).
const sizes = (values.sizes ?? (smoke ? '2' : '20,200,1000')).split(',').map(Number);
// The smoke run proves each stage still works; the PDF is printed (and tested) by npm test's own build.
if (smoke) process.env.REPORT_PDF = '0';
// Engine code run here (data edits and relocking, synthetic chapters, facts) works on the report at the root.
const { useReport, currentReport } = await import('../../packages/engine/src/report/current');
useReport((await import('../../src/report')).default);

export interface ScenarioResult {
  label: string;
  charts: number;
  cold: BuildRun & { runs: number };
  warmProse?: BuildRun & { runs: number };
  warmData?: BuildRun & { runs: number; edit: string };
  peakRssBytes: number;
  chartMsPerChart: number;
  /** CPU time per chart drawn: the same measure, much less inflated when other processes share the cores. */
  chartCpuMsPerChart: number;
}

export interface BenchResults {
  machine: { cpus: number; model: string; node: string; loadAverageAtStart: number[] };
  real?: ScenarioResult;
  synthetic: ScenarioResult[];
  pageWeight?: SiteWeight;
  ssrVsCsr?: SsrVsCsr;
  renderConcurrency?: RenderConcurrency;
  explorer?: ExplorerBench;
  /** Whole-build cost of one more chart: slope of the cold build's wall time between two synthetic sizes. */
  marginalPerChart?: MarginalCost;
  devLoop?: DevLoop;
  smoke?: boolean;
  budgets: BudgetCheck[];
  [stage: string]: unknown;
}

const results: BenchResults = {
  machine: { cpus: availableParallelism(), model: cpus()[0]?.model ?? '?', node: process.version, loadAverageAtStart: loadavg() },
  synthetic: [],
  budgets: [],
  ...(smoke ? { smoke: true } : {}),
};

const progress = (msg: string) => console.error(`[bench] ${msg}`);

function repeat(n: number, label: string, before: (i: number) => void): Array<BuildRun> {
  return Array.from({ length: n }, (_, i) => {
    before(i);
    const r = runBuild(currentTarget!, `${label} #${i + 1}`);
    progress(`${label} #${i + 1}: ${s(r.wallMs)} (charts ${r.svgCacheMisses} drawn, ${r.svgCacheHits} cached)`);
    return r;
  });
}
let currentTarget: ReturnType<typeof copyReport> | undefined;

const summarise = (runs: BuildRun[]) =>
  ({ ...medianOf(runs as unknown as Record<string, number>[]), runs: runs.length }) as unknown as BuildRun & { runs: number };

/** Cold builds, then warm rebuilds after a prose edit (and a data edit), of one report. */
function scenario(
  label: string,
  charts: number,
  target: ReturnType<typeof copyReport>,
  coldRuns: number,
  proseRuns: number,
  dataRuns: number,
  afterCold?: () => void,
): ScenarioResult {
  currentTarget = target;
  const cold = repeat(coldRuns, `${label} cold`, () => clearCaches(target));
  afterCold?.();
  const warmProse = repeat(proseRuns, `${label} warm, prose edit`, (i) => editProse(target, i));
  let edit = '';
  const warmData = repeat(dataRuns, `${label} warm, data edit`, (i) => (edit = editOneNumber(target, i)));
  const all = [...cold, ...warmProse, ...warmData];
  const c = summarise(cold);
  return {
    label,
    charts,
    cold: c,
    ...(warmProse.length ? { warmProse: summarise(warmProse) } : {}),
    ...(warmData.length ? { warmData: { ...summarise(warmData), edit } } : {}),
    peakRssBytes: Math.max(...all.map((r) => r.maxRssBytes)),
    chartMsPerChart: median(cold.map((r) => r.chartRenderMs / Math.max(1, r.svgCacheMisses / 2))),
    chartCpuMsPerChart: median(cold.map((r) => r.chartRenderCpuMs / Math.max(1, r.svgCacheMisses / 2))),
  };
}

type Stage = { name: string; run: () => Promise<void> };
const STAGES: Stage[] = [
  {
    name: 'real',
    run: async () => {
      const target = copyReport('real');
      // The last cold build is the unedited report: its pages are weighed (and compared in ssr-csr) before the edits.
      // The smoke run leaves out the prose-edit rebuild (the same build as the data edit's, after a simpler edit).
      results.real = scenario('real report', 0, target, quick ? 1 : 3, smoke ? 0 : quick ? 1 : 3, quick ? 1 : 3, () => keepColdSite(target));
      results.real.charts = results.real.cold.chartsRendered;
      results.pageWeight = measureSite(COLD_SITE);
    },
  },
  {
    name: 'ssr-csr',
    run: async () => {
      if (!existsSync(COLD_SITE)) {
        const fresh = copyReport('real-cold');
        runBuild(fresh, 'ssr vs csr');
        keepColdSite(fresh);
      }
      const page = measureSite(COLD_SITE).largestChartPage;
      if (!page) throw new Error('no built page shows a chart; nothing to compare');
      results.ssrVsCsr = await compareRendering(COLD_SITE, page.page.replace(/^\/|\/$/g, ''), resolve(BENCH_DIR, 'ssr-vs-csr'), quick ? 1 : 5);
    },
  },
  {
    name: 'synthetic',
    run: async () => {
      const { getReport } = await import('../../packages/engine/src/report/context');
      const facts = getReport().facts.names();
      for (const n of sizes) {
        const runs = quick ? 1 : n <= 200 ? 3 : 1;
        // The smoke run skips warm rebuilds here: the real stage runs the same code on them.
        results.synthetic.push(scenario(`synthetic ${n} charts`, n, syntheticReport(n, facts), runs, smoke ? 0 : runs, 0));
      }
      results.marginalPerChart = marginalCost(results.synthetic);
    },
  },
  {
    name: 'render',
    run: async () => {
      // The smoke run draws each of the report's figures once (uncertainty figures included); else 70 charts.
      results.renderConcurrency = await measureRenderConcurrency(smoke ? currentReport().charts.length : quick ? 14 : 70);
      // The same question inside the build: charts drawn by a second process while Astro bundles. The smoke run
      // leaves out these builds (the second process is the build's own prerender-charts command).
      const pairs = smoke ? 0 : quick ? 1 : 3;
      if (pairs === 0) return;
      const { getReport } = await import('../../packages/engine/src/report/context');
      const target = syntheticReport(200, getReport().facts.names());
      const off: BuildRun[] = [];
      const on: BuildRun[] = [];
      for (let i = 0; i < pairs; i++) {
        clearCaches(target);
        off.push(runBuild({ ...target, env: {} }, 'prerender off'));
        clearCaches(target);
        on.push(runBuild({ ...target, env: { REPORT_PRERENDER: '1' } }, 'prerender on'));
        progress(`synthetic 200 cold, prerender off ${s(off.at(-1)!.wallMs)}, on ${s(on.at(-1)!.wallMs)}`);
      }
      results.renderConcurrency.buildWithPrerender = {
        charts: 200,
        offMs: median(off.map((r) => r.wallMs)),
        onMs: median(on.map((r) => r.wallMs)),
        runs: off.length,
      };
    },
  },
  {
    // The explore page: its JavaScript (budget ≤ 150 KB gzip) and a control change in Chromium (≤ 50 ms).
    name: 'explorer',
    run: async () => {
      const fresh = copyReport('explorer');
      runBuild(fresh, 'explorer');
      results.explorer = await measureExplorer(fresh.outDir, quick ? 16 : 80);
      progress(
        `explorer: ${kb(results.explorer.jsGzipBytes)} JS gzip, control change ${ms(results.explorer.handlerMs.median)} median, ${ms(results.explorer.handlerMs.p95)} p95`,
      );
    },
  },
  {
    // The author loop: `astro dev` on a private copy, a chapter save and a data save until the page shows them.
    name: 'dev',
    run: async () => {
      results.devLoop = await measureDevLoop(copyReport('dev'), quick ? 1 : 3);
      progress(`dev: prose save ${ms(results.devLoop.proseSaveMs)}, data save ${ms(results.devLoop.dataSaveMs)}`);
    },
  },
  {
    // The model's own bench (scripts/bench-mc.ts), when the checkout has it.
    name: 'monte-carlo',
    run: async () => {
      const file = resolve('scripts/bench-mc.ts');
      if (!existsSync(file)) return;
      const { benchMonteCarlo } = (await import(pathToFileURL(file).href)) as { benchMonteCarlo: (o?: { repeats?: number }) => unknown };
      results.monteCarlo = benchMonteCarlo(quick ? { repeats: 1 } : {});
    },
  },
];

/** The site of a cold build of the unedited real report, kept for page weight and the SSR/CSR comparison. */
const COLD_SITE = join(BENCH_DIR, 'real-cold-site');
function keepColdSite(t: BuildTarget): void {
  rmSync(COLD_SITE, { recursive: true, force: true });
  cpSync(t.outDir, COLD_SITE, { recursive: true });
}

const started = performance.now();
rmSync(COLD_SITE, { recursive: true, force: true }); // a previous run's site is not this commit's
for (const stage of STAGES) {
  if (only && !only.has(stage.name)) continue;
  progress(`stage ${stage.name}`);
  await stage.run();
}
results.budgets = checkBudgets(results);
results.benchMs = performance.now() - started;

const out = resolve(`bench/results/${smoke ? 'smoke' : 'latest'}.json`);
mkdirSync(resolve('bench/results'), { recursive: true });
writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
printReport(results);
console.log(`\nWrote ${out} in ${s(results.benchMs as number)}.`);
export { kb, ms };
