/**
 * npm run bench:mc [-- --draws N] [--repeats R] [--no-build]
 * Measures the Monte Carlo run: draws per second (wall and CPU time, median of R runs) and, unless
 * --no-build, its share of a full site build (the build logs the time of its own run). Writes
 * bench/results/monte-carlo.json. `benchMonteCarlo` is importable so `npm run bench` can include it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { listPublishedVintageIds, loadVintage, uncertainAssumptions, useReport, vintagesDir } from '@forecast-report/engine';
import { runModel } from '../src/model/project';
import report from '../src/report';
import type { UncertaintyEvents } from '../src/schema';
import { runCpoMonteCarlo as runMonteCarlo } from '../tests/helpers/cpo-monte-carlo';

export interface MonteCarloBench {
  vintage: string;
  draws: number;
  repeats: number;
  uncertainAssumptions: number;
  /** Median and fastest wall time of one full run (draws + percentiles), ms. */
  wallMs: { median: number; min: number };
  /** Median CPU time of one run, ms: less sensitive to other processes on a shared machine. */
  cpuMs: number;
  drawsPerSecond: { wall: number; cpu: number };
  /** Plain runModel calls per second with the point inputs: the floor any Monte Carlo pays per draw. */
  modelRunsPerSecond: number;
  targetMs: number;
  /** Whether the median run beats the target in wall time and in CPU time (wall time suffers on a busy machine). */
  meetsTarget: { wall: boolean; cpu: boolean };
  build?: { buildMs: number; monteCarloMs: number; share: number };
  machine: { node: string; cpus: number; loadAverage1m: number };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function benchMonteCarlo(options: { draws?: number; repeats?: number; vintage?: string } = {}): MonteCarloBench {
  useReport(report);
  // The newest published vintage: the one readers see.
  const ids = listPublishedVintageIds(vintagesDir());
  const id = options.vintage ?? ids[ids.length - 1]!;
  const vintage = loadVintage(join(vintagesDir(), id));
  if (!vintage.uncertainty) throw new Error(`vintage ${id} has no uncertainty.json`);
  const draws = options.draws ?? vintage.uncertainty.draws;
  const repeats = options.repeats ?? 5;
  const plan = uncertainAssumptions(vintage.assumptions);
  const settings = { seed: vintage.uncertainty.seed, draws, events: vintage.uncertainty.events as UncertaintyEvents };

  runMonteCarlo(vintage.inputs, plan, { ...settings, draws: Math.min(draws, 1000) }); // warm-up: JIT
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    runMonteCarlo(vintage.inputs, plan, settings);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const t0 = performance.now();
  for (let i = 0; i < draws; i++) runModel(vintage.inputs);
  const modelMs = performance.now() - t0;

  const wallMedian = median(wall);
  const cpuMedian = median(cpu);
  return {
    vintage: id,
    draws,
    repeats,
    uncertainAssumptions: plan.length,
    wallMs: { median: round(wallMedian), min: round(Math.min(...wall)) },
    cpuMs: round(cpuMedian),
    drawsPerSecond: { wall: Math.round((draws / wallMedian) * 1000), cpu: Math.round((draws / cpuMedian) * 1000) },
    modelRunsPerSecond: Math.round((draws / modelMs) * 1000),
    targetMs: 1000,
    meetsTarget: { wall: wallMedian < 1000, cpu: cpuMedian < 1000 },
    machine: { node: process.version, cpus: cpus().length, loadAverage1m: round(loadavg()[0]!) },
  };
}

/** Runs a full build into a temporary folder and reads the Monte Carlo time the build itself logs. */
export function benchBuildShare(): { buildMs: number; monteCarloMs: number; share: number } {
  const out = join(mkdtempSync(join(tmpdir(), 'bench-mc-')), 'dist');
  try {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), resolve('packages/engine/src/cli/index.ts'), 'build', '--out', out], {
      encoding: 'utf8',
      env: { ...process.env, REPORT_MC_TIMING: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    });
    const buildMs = performance.now() - t0;
    if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
    const runs = [...`${r.stdout}\n${r.stderr}`.matchAll(/\[uncertainty\] \S+: \d+ draws in (\d+) ms/g)].map((m) => Number(m[1]));
    if (runs.length === 0) throw new Error('the build did not log its Monte Carlo time');
    const monteCarloMs = runs.reduce((a, b) => a + b, 0);
    return { buildMs: round(buildMs), monteCarloMs, share: round(monteCarloMs / buildMs, 4) };
  } finally {
    rmSync(dirname(out), { recursive: true, force: true });
  }
}

const round = (x: number, digits = 1) => Number(x.toFixed(digits));

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { draws: { type: 'string' }, repeats: { type: 'string' }, 'no-build': { type: 'boolean' } } });
  const result: MonteCarloBench = benchMonteCarlo({
    ...(values.draws ? { draws: Number(values.draws) } : {}),
    ...(values.repeats ? { repeats: Number(values.repeats) } : {}),
  });
  console.log(
    `Monte Carlo, ${result.draws} draws × ${result.repeats}: median ${result.wallMs.median} ms wall (${result.drawsPerSecond.wall} draws/s), ${result.cpuMs} ms CPU (${result.drawsPerSecond.cpu} draws/s); target < ${result.targetMs} ms: ${result.meetsTarget.wall ? 'met' : 'not met'} in wall time, ${result.meetsTarget.cpu ? 'met' : 'not met'} in CPU time`,
  );
  console.log(`runModel alone: ${result.modelRunsPerSecond} runs/s; load average ${result.machine.loadAverage1m} on ${result.machine.cpus} cores`);
  if (!values['no-build']) {
    result.build = benchBuildShare();
    console.log(
      `Build: ${(result.build.buildMs / 1000).toFixed(1)} s, of which Monte Carlo ${result.build.monteCarloMs} ms (${(result.build.share * 100).toFixed(1)}%)`,
    );
  }
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/monte-carlo.json', JSON.stringify(result, null, 2) + '\n');
  console.log('wrote bench/results/monte-carlo.json');
}
