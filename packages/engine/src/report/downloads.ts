import { createHash } from 'node:crypto';
import { RENDER_PIPELINE_VERSION } from '../charts/cache';
import { toCsv } from '../charts/csv';
import { buildSvgCache } from './chart-cache';
import { exportPng, exportSvg } from '../charts/export';
import { chartSourceLine } from './chart-source';
import { chartIdsFor, getReport, siteVintages } from './context';

import { VINTAGE_FILES, type VintageFile } from './vintage-files';

export { VINTAGE_FILES, type VintageFile };

/** Vintages with downloads: the published ones (and drafts in a --drafts build). */
export function publishedVintageIds(): string[] {
  return siteVintages().map((v) => v.id);
}

export function vintageFile(vintageId: string, file: VintageFile): string {
  const report = getReport(vintageId);
  switch (file) {
    case 'vintage.json':
    case 'assumptions.json':
    case 'sources.json':
      return Buffer.from(report.vintage.raw[file]).toString('utf8');
    case 'results.json':
      return JSON.stringify({ vintage: vintageId, ...report.results }, null, 2) + '\n';
    case 'facts.json':
      return JSON.stringify({ vintage: vintageId, facts: report.facts.toJSON() }, null, 2) + '\n';
  }
}

export async function chartCsv(vintageId: string, chartId: string): Promise<string> {
  return toCsv((await getReport(vintageId).chart(chartId)).data);
}

export async function chartSpec(vintageId: string, chartId: string): Promise<string> {
  return JSON.stringify((await getReport(vintageId).chart(chartId)).spec, null, 2) + '\n';
}

export function chartPaths() {
  return publishedVintageIds().flatMap((vintage) => chartIdsFor(vintage).map((chart) => ({ params: { vintage, chart } })));
}

/** A chart as a self-contained SVG for slides: title, subtitle, chart, source line and report name. */
export async function chartExportSvg(vintageId: string, chartId: string): Promise<string> {
  const report = getReport(vintageId);
  const chart = await report.chart(chartId);
  return exportSvg({
    chartSvg: chart.plainSvg,
    title: chart.title,
    ...(chart.subtitle ? { subtitle: chart.subtitle } : {}),
    source: chartSourceLine(report, chartId),
    reportName: `${report.vintage.meta.title} · forecast vintage ${report.vintage.id}`,
  });
}

let pngCache: ReturnType<typeof buildSvgCache> | null = null;

/**
 * The same export as a PNG at twice its size. Rasterising costs about 0.1 s a chart, so PNGs are kept in the
 * chart cache under the hash of their SVG: a rebuild redraws only the exports whose chart or text changed.
 */
export async function chartExportPng(vintageId: string, chartId: string): Promise<Buffer> {
  const svg = await chartExportSvg(vintageId, chartId);
  if (pngCache === null) pngCache = buildSvgCache();
  const key = createHash('sha256').update(`png:${RENDER_PIPELINE_VERSION}:${svg}`).digest('hex');
  const hit = pngCache?.get(key);
  if (hit !== undefined) return Buffer.from(hit, 'base64');
  const png = await exportPng(svg);
  pngCache?.set(key, png.toString('base64'));
  return png;
}
