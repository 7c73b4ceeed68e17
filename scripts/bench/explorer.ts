import { chromium } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serve } from './ssr-vs-csr';
import { median } from './stats';

/** What the explore page costs: its JavaScript, and how fast it answers a control change in Chromium. */
export interface ExplorerBench {
  /** Every script the page loads, following static imports (gzip -9 bytes, as a static host would serve). */
  jsGzipBytes: number;
  jsBytes: number;
  /** The part only the explore page loads (the rest, e.g. the theme toggle, is shared with every page). */
  explorerOnlyGzipBytes: number;
  changes: number;
  /** From a control's input event until the model has rerun and the numbers, chart and URL are updated. */
  handlerMs: { median: number; p95: number; max: number };
  /** From the input event to the next animation frame after the update (what a reader sees). */
  nextFrameMs: { median: number; p95: number };
  /** The handler with the CPU slowed 4× (a mid-range phone). */
  handlerMs4xCpu: { median: number; p95: number };
}

const scriptsOf = (html: string) => [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);

/** A script and the modules it imports statically, as site paths. */
function withImports(outDir: string, src: string, seen = new Set<string>()): Set<string> {
  if (seen.has(src)) return seen;
  const file = join(outDir, src);
  if (!existsSync(file)) throw new Error(`script ${src} is missing from ${outDir}`);
  seen.add(src);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) withImports(outDir, posix.join(dirname(src), m[1]!), seen);
  return seen;
}

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;

export async function measureExplorer(outDir: string, changes = 60): Promise<ExplorerBench> {
  const page = readFileSync(join(outDir, 'explore/index.html'), 'utf8');
  const home = new Set([...scriptsOf(readFileSync(join(outDir, 'index.html'), 'utf8'))].flatMap((s) => [...withImports(outDir, s)]));
  const all = new Set(scriptsOf(page).flatMap((s) => [...withImports(outDir, s)]));
  const gz = (src: string) => gzipSync(readFileSync(join(outDir, src)), { level: 9 }).length;
  const size = (src: string) => readFileSync(join(outDir, src)).length;
  const jsGzipBytes = [...all].reduce((n, s) => n + gz(s), 0);
  const explorerOnlyGzipBytes = [...all].filter((s) => !home.has(s)).reduce((n, s) => n + gz(s), 0);
  const jsBytes = [...all].reduce((n, s) => n + size(s), 0);

  const server = await serve(outDir);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const run = async (cpuRate: number) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
      await tab.goto(`${base}/explore/`);
      await tab.waitForSelector('[data-explorer-ready="true"]');
      // Each change moves one control (in turn) to a pseudo-random step of its range, as a reader dragging would.
      // A string, not a function: tsx wraps named functions in a helper that does not exist in the page.
      const timings = (await tab.evaluate(`(async () => {
        const inputs = [...document.querySelectorAll('[data-explorer-panel] input[type="range"]')];
        let seed = 7;
        const out = [];
        for (let i = 0; i < ${changes}; i++) {
          const input = inputs[i % inputs.length];
          const min = Number(input.min), max = Number(input.max), step = Number(input.step);
          seed = (seed * 16807) % 2147483647;
          input.value = String(min + Math.round(((seed / 2147483647) * (max - min)) / step) * step);
          const t0 = performance.now();
          input.dispatchEvent(new Event('input', { bubbles: true }));
          const t1 = performance.now();
          const t2 = await new Promise((ok) => requestAnimationFrame(() => ok(performance.now())));
          out.push({ handler: t1 - t0, frame: t2 - t0 });
          await new Promise((ok) => setTimeout(ok, 20));
        }
        return out;
      })()`)) as { handler: number; frame: number }[];
      await context.close();
      return timings;
    };
    const plain = await run(1);
    const slow = await run(4);
    const h = plain.map((t) => t.handler);
    const f = plain.map((t) => t.frame);
    const hs = slow.map((t) => t.handler);
    return {
      jsGzipBytes,
      jsBytes,
      explorerOnlyGzipBytes,
      changes,
      handlerMs: { median: median(h), p95: p95(h), max: Math.max(...h) },
      nextFrameMs: { median: median(f), p95: p95(f) },
      handlerMs4xCpu: { median: median(hs), p95: p95(hs) },
    };
  } finally {
    await browser.close();
    server.close();
  }
}
