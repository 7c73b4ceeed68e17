import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export interface RenderConcurrency {
  charts: number;
  /** One process renders every chart, one after another. */
  serialMs: number;
  /** Two processes render half each at the same time (start-up included in both). */
  twoProcessesMs: number;
  /** Time to load vega and run the model in one process, paid by each extra process. */
  startupMs: number;
  speedup: number;
  /** Cold builds of a synthetic report without and with REPORT_PRERENDER=1 (median wall time). */
  buildWithPrerender?: { charts: number; offMs: number; onMs: number; runs: number };
}

function renderIn(from: number, count: number, total: number): Promise<{ startupMs: number; renderMs: number }> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), resolve('scripts/bench/render-worker.ts'), String(from), String(count)], {
      env: { ...process.env, REPORT_SYNTHETIC_CHARTS: String(total), REPORT_CHART_CACHE: 'off' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? ok(JSON.parse(out.trim().split('\n').pop()!)) : fail(new Error(`render worker exited ${code}`))));
  });
}

/** Do charts render faster split across the machine's cores? Measured, since the answer decides the build's design. */
export async function measureRenderConcurrency(charts: number): Promise<RenderConcurrency> {
  const t0 = performance.now();
  const serial = await renderIn(0, charts, charts);
  const serialMs = performance.now() - t0;
  const t1 = performance.now();
  const half = Math.ceil(charts / 2);
  await Promise.all([renderIn(0, half, charts), renderIn(half, charts - half, charts)]);
  const twoProcessesMs = performance.now() - t1;
  return { charts, serialMs, twoProcessesMs, startupMs: serial.startupMs, speedup: serialMs / twoProcessesMs };
}
