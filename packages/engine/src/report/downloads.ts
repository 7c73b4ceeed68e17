import { toCsv } from '../charts/csv';
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
