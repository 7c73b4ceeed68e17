import { createHash } from 'node:crypto';
import { renderPipelineDigest } from '../charts/cache';
import { toCsv } from '../charts/csv';
import { siteUrl } from '../lib/url';
import { credits, nameText } from './credits';
import { dataPackage, packageName } from '../publish/data-package';
import { tidySeries } from '../publish/tidy';
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

/** The tidy long-form CSV of every model series of a vintage (vintage, series, segment, year, value, unit). */
export function seriesCsv(vintageId: string): string {
  return toCsv(tidySeries(vintageId, getReport(vintageId).results, credits().describeSeries));
}

const FILE_TITLES: Record<VintageFile, [string, string]> = {
  'vintage.json': ['Vintage metadata', 'Vintage metadata: id, publication date, status, summary of changes.'],
  'assumptions.json': ['Assumptions', 'Every model assumption with its unit, value and source or rationale.'],
  'sources.json': ['Sources', 'The sources the assumptions cite.'],
  'results.json': ['Model results', 'Full model output: every yearly series of the projection.'],
  'facts.json': ['Facts', 'Every named number the prose can quote, with its value, unit and formatted text.'],
};
export const describeVintageFile = (file: VintageFile) => FILE_TITLES[file][1];

/** datapackage.json of a vintage: every download with its size, hash and (for CSVs) Table Schema. */
export async function dataPackageJson(vintageId: string, site: URL): Promise<string> {
  const report = getReport(vintageId);
  const { meta, sources } = report.vintage;
  const homepage = new URL(siteUrl(`data/${vintageId}/`), site).href;
  const charts = await Promise.all(
    chartIdsFor(vintageId).map(async (id) => {
      const chart = await report.chart(id);
      return {
        kind: 'csv' as const,
        name: packageName(id),
        path: `charts/${id}.csv`,
        title: chart.title,
        description: `Data of the figure "${chart.title}".`,
        data: chart.data,
        body: toCsv(chart.data),
      };
    }),
  );
  const pub = credits();
  const tidy = tidySeries(vintageId, report.results, pub.describeSeries);
  const descriptor = dataPackage({
    name: packageName(`${meta.title}-${vintageId}`),
    title: `${meta.title} (vintage ${vintageId})`,
    description: meta.summary,
    version: vintageId,
    created: meta.published,
    homepage,
    licences: pub.licence ? [pub.licence] : [],
    contributors: pub.authors.map((a) => ({ title: nameText(a), role: 'author' })),
    sources: sources.map((s) => ({ title: `${s.publisher}: ${s.title}`, ...(s.url ? { path: s.url } : {}) })),
    files: [
      {
        kind: 'csv',
        name: 'series',
        path: 'series.csv',
        title: 'Every model series in long form',
        description: 'One row per vintage, series, segment and year; the unit column names the unit of each value.',
        data: tidy,
        body: toCsv(tidy),
        fieldDescriptions: {
          vintage: 'Forecast vintage (YYYY-MM)',
          series: 'Model series (dotted path within its segment)',
          segment: 'Part of the market the series covers; empty when the series is not split that way',
          year: 'Calendar year',
          value: 'Value of the series in that year, full precision',
          unit: 'Unit of the value',
        },
      },
      ...VINTAGE_FILES.map((file) => ({
        kind: 'json' as const,
        name: packageName(file.replace(/\.json$/, '')),
        path: file,
        title: FILE_TITLES[file][0],
        description: FILE_TITLES[file][1],
        body: vintageFile(vintageId, file),
      })),
      ...charts,
    ],
  });
  return JSON.stringify(descriptor, null, 2) + '\n';
}

let exportCache: ReturnType<typeof buildSvgCache> | null = null;

/** The text cached under `kind` and a hash of the render pipeline and `content`, or `make`'s result, then cached. */
async function throughExportCache(kind: string, content: string, make: () => string | Promise<string>): Promise<string> {
  if (exportCache === null) exportCache = buildSvgCache();
  const key = createHash('sha256').update(`${kind}:${renderPipelineDigest()}:${content}`).digest('hex');
  const hit = exportCache?.get(key);
  if (hit !== undefined) return hit;
  const made = await make();
  exportCache?.set(key, made);
  return made;
}

/**
 * A chart as a self-contained SVG for slides: title, subtitle, chart, source line and report name. Its text is
 * drawn as glyph outlines, which costs about as much as drawing the chart, and both the .svg and the .png download
 * ask for it: it is kept in the chart cache under the hash of everything it shows (so a data change never serves
 * the previous one).
 */
export async function chartExportSvg(vintageId: string, chartId: string): Promise<string> {
  const report = getReport(vintageId);
  const chart = await report.chart(chartId);
  const parts = {
    chartSvg: chart.plainSvg,
    title: chart.title,
    ...(chart.subtitle ? { subtitle: chart.subtitle } : {}),
    source: chartSourceLine(report, chartId),
    reportName: `${report.vintage.meta.title} · forecast vintage ${report.vintage.id}`,
  };
  return throughExportCache('export', JSON.stringify(parts), () => exportSvg(parts));
}

/**
 * The same export as a PNG at twice its size. Rasterising costs about 0.1 s a chart, so PNGs are kept in the
 * chart cache under the hash of their SVG: a rebuild redraws only the exports whose chart or text changed.
 */
export async function chartExportPng(vintageId: string, chartId: string): Promise<Buffer> {
  const svg = await chartExportSvg(vintageId, chartId);
  return Buffer.from(await throughExportCache('png', svg, async () => (await exportPng(svg)).toString('base64')), 'base64');
}
