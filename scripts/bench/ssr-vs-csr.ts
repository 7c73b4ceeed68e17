import { chromium } from '@playwright/test';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median } from './stats';

export interface RenderingMode {
  /** Bytes over the wire (gzip where the server compresses), all requests of the page. */
  transferredBytes: number;
  /** Bytes of JavaScript the page loads (uncompressed). */
  jsBytes: number;
  /** From navigation start until every figure on the page shows a drawn SVG. */
  chartVisibleMs: number;
  /** The same with the CPU slowed 4× (a mid-range phone). */
  chartVisibleMs4xCpu: number;
}

export interface SsrVsCsr {
  page: string;
  runs: number;
  ssr: RenderingMode;
  csr: RenderingMode;
}

const CSR_LIBS = ['vega/build/vega.min.js', 'vega-lite/build/vega-lite.min.js', 'vega-embed/build/vega-embed.min.js'];
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/**
 * The client-side twin of a built page: every inline SVG chart is replaced by an empty box that
 * vega-embed fills in the browser from the same Vega-Lite spec (light theme; the SSR page ships both).
 */
function clientSideTwin(html: string, specFor: (chartId: string) => unknown): string {
  const specs: Record<string, unknown> = {};
  const body = html.replace(/<svg\b[^>]*aria-labelledby="([^"]+)-(light|dark)-title[^"]*"[^>]*>[\s\S]*?<\/svg>/g, (_m, id: string, theme: string) => {
    // One client-side chart per figure: vega-embed draws it at any width, so the phone-width rendering goes too.
    if (theme === 'dark' || id.endsWith('-narrow')) return '';
    const spec = specFor(id) as Record<string, unknown>;
    delete spec.title; // as on the SSR page, the figcaption carries the title
    specs[id] = spec;
    return `<div class="vega-csr" data-chart="${id}"></div>`;
  });
  const scripts =
    CSR_LIBS.map((lib) => `<script src="/csr-lib/${lib.split('/').pop()}"></script>`).join('') +
    `<script type="application/json" id="vega-specs">${JSON.stringify(specs).replace(/</g, '\\u003c')}</script>` +
    `<script>const s=JSON.parse(document.getElementById('vega-specs').textContent);` +
    `document.querySelectorAll('.vega-csr').forEach(el=>vegaEmbed(el,s[el.dataset.chart],{renderer:'svg',actions:false}));</script>`;
  // With the phone-width rendering gone, the one remaining chart box must show at every width.
  return body.replace(/chart-size chart-wide/g, 'chart-size').replace('</body>', `${scripts}</body>`);
}

/** A static server over `root` that gzips every response, as a static host would. */
export function serve(root: string): Promise<Server> {
  const cache = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    let path = join(root, decodeURIComponent((req.url ?? '/').split('?')[0]!));
    if (path.endsWith('/')) path = join(path, 'index.html');
    if (!path.startsWith(root) || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    let body = cache.get(path);
    if (!body) cache.set(path, (body = gzipSync(readFileSync(path))));
    res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Content-Encoding': 'gzip', 'Cache-Control': 'no-store' });
    res.end(body);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

function findSpec(outDir: string, chartId: string): unknown {
  for (const vintage of readdirSync(join(outDir, 'data'))) {
    const file = join(outDir, 'data', vintage, 'charts', `${chartId}.vl.json`);
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  }
  throw new Error(`no Vega-Lite spec for chart "${chartId}" under ${outDir}/data`);
}

/** Builds the SSR and CSR versions of one chart page side by side and measures both in Chromium. */
export async function compareRendering(outDir: string, pagePath: string, workDir: string, runs = 5): Promise<SsrVsCsr> {
  const site = resolve(workDir, 'site');
  rmSync(site, { recursive: true, force: true });
  cpSync(outDir, site, { recursive: true });
  const ssrHtml = readFileSync(join(site, pagePath, 'index.html'), 'utf8');
  mkdirSync(join(site, 'csr', pagePath), { recursive: true });
  writeFileSync(
    join(site, 'csr', pagePath, 'index.html'),
    clientSideTwin(ssrHtml, (id) => findSpec(outDir, id)),
  );
  mkdirSync(join(site, 'csr-lib'), { recursive: true });
  for (const lib of CSR_LIBS) cpSync(resolve('node_modules', lib), join(site, 'csr-lib', lib.split('/').pop()!));

  const server = await serve(site);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const measure = async (url: string, cpuRate: number) => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
      let transferred = 0;
      cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => (transferred += e.encodedDataLength));
      await page.goto(url, { waitUntil: 'commit' });
      const handle = await page.waitForFunction(
        () => {
          const figures = [...document.querySelectorAll('figure.chart')];
          const drawn = figures.every((f) =>
            [...f.querySelectorAll('svg')].some((s) => s.getBoundingClientRect().width > 0 && s.querySelector('path, rect, line')),
          );
          return figures.length > 0 && drawn ? performance.now() : false;
        },
        undefined,
        { polling: 'raf', timeout: 60_000 },
      );
      const visibleMs = (await handle.jsonValue()) as number;
      await page.waitForLoadState('load');
      // Every script the page ran, external files and inline code alike (JSON data blocks excluded).
      const js = await page.evaluate(() =>
        [...document.scripts]
          .filter((s) => !/json/.test(s.type))
          .reduce(
            (n, s) => n + (s.src ? ((performance.getEntriesByName(s.src)[0] as PerformanceResourceTiming | undefined)?.decodedBodySize ?? 0) : s.text.length),
            0,
          ),
      );
      await context.close();
      return { transferred, js, visibleMs };
    };
    const mode = async (url: string): Promise<RenderingMode> => {
      const plain = [];
      const slow = [];
      for (let i = 0; i < runs; i++) {
        plain.push(await measure(url, 1));
        slow.push(await measure(url, 4));
      }
      return {
        transferredBytes: median(plain.map((r) => r.transferred)),
        jsBytes: median(plain.map((r) => r.js)),
        chartVisibleMs: median(plain.map((r) => r.visibleMs)),
        chartVisibleMs4xCpu: median(slow.map((r) => r.visibleMs)),
      };
    };
    const ssr = await mode(`${base}/${pagePath}/`);
    const csr = await mode(`${base}/csr/${pagePath}/`);
    return { page: `/${pagePath}/`, runs, ssr, csr };
  } finally {
    await browser.close();
    server.close();
  }
}
