import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  page: string;
  htmlBytes: number;
  htmlGzipBytes: number;
  cssBytes: number;
  cssGzipBytes: number;
  /** HTML + CSS, what a reader needs to see the page. */
  totalGzipBytes: number;
  jsBytes: number;
  charts: number;
}

export interface SiteWeight {
  pages: PageWeight[];
  largest: PageWeight;
  /** The heaviest page that shows a chart: the one the chart-page budget is about. */
  largestChartPage?: PageWeight;
  totalJsBytes: number;
  siteBytes: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

/** Bytes each built page costs a reader: its HTML, the stylesheets it links and any script it loads. */
export function measureSite(outDir: string): SiteWeight {
  const files = walk(outDir);
  const local = (href: string) => {
    const p = join(outDir, href.replace(/^\/+/, '').split(/[?#]/)[0]!);
    return existsSync(p) ? readFileSync(p) : undefined;
  };
  const pages = files
    .filter((f) => f.endsWith('.html'))
    .map((file): PageWeight => {
      const html = readFileSync(file, 'utf8');
      const css: Buffer[] = [];
      for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)) {
        const file = local(/href="([^"]+)"/.exec(m[0])?.[1] ?? '');
        if (file) css.push(file);
      }
      const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/type="application\/(ld\+)?json"/.test(m[1]!));
      const jsBytes = scripts.reduce((n, m) => {
        const src = /src="([^"]+)"/.exec(m[1]!)?.[1];
        return n + (src ? (local(src)?.length ?? 0) : Buffer.byteLength(m[2]!));
      }, 0);
      const cssAll = Buffer.concat(css);
      const htmlGzipBytes = gz(html);
      const cssGzipBytes = cssAll.length ? gz(cssAll) : 0;
      return {
        page: '/' + relative(outDir, file).replace(/index\.html$/, ''),
        htmlBytes: Buffer.byteLength(html),
        htmlGzipBytes,
        cssBytes: cssAll.length,
        cssGzipBytes,
        totalGzipBytes: htmlGzipBytes + cssGzipBytes,
        jsBytes,
        charts: (html.match(/<figure class="chart"/g) ?? []).length,
      };
    })
    .sort((a, b) => b.totalGzipBytes - a.totalGzipBytes);
  return {
    pages,
    largest: pages[0]!,
    largestChartPage: pages.find((p) => p.charts > 0),
    totalJsBytes: files.filter((f) => /\.m?js$/.test(f)).reduce((n, f) => n + statSync(f).size, 0) + pages.reduce((n, p) => n + p.jsBytes, 0),
    siteBytes: files.reduce((n, f) => n + statSync(f).size, 0),
  };
}
