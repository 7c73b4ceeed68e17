import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkChartCsv } from './csv';
import { validateHtml } from './html';
import { checkLinks } from './links';
import { parsePage, siteFiles, type OutputProblem } from './site';
import { checkInlineSvgs } from './svg';
import { checkVegaLiteSpecs } from './vega-lite';

export interface OutputReport {
  /** figureCsvs: the CSVs published with a Vega-Lite spec beside them (the rest are data files such as series.csv). */
  counts: { pages: number; svgs: number; csvs: number; figureCsvs: number; specs: number; jsons: number };
  problems: Record<'html' | 'links' | 'svg' | 'csv' | 'vegaLite' | 'json', OutputProblem[]>;
}

/** Runs every output check over a built site. */
export async function checkOutput(dir: string, site: string): Promise<OutputReport> {
  const files = siteFiles(dir);
  const pages = files.filter((f) => f.endsWith('.html'));
  const csvs = files.filter((f) => f.endsWith('.csv'));
  const specs = files.filter((f) => f.endsWith('.vl.json'));
  const jsons = files.filter((f) => f.endsWith('.json'));
  const parsed = pages.map((p) => parsePage(dir, p));
  const json: OutputProblem[] = [];
  for (const file of jsons) {
    try {
      JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (e) {
      json.push({ file, message: `not valid JSON: ${(e as Error).message}` });
    }
  }
  return {
    counts: {
      pages: pages.length,
      svgs: parsed.reduce((n, p) => n + p.elements.filter((e) => e.tagName === 'svg').length, 0),
      csvs: csvs.length,
      figureCsvs: csvs.filter((f) => specs.includes(f.replace(/\.csv$/, '.vl.json'))).length,
      specs: specs.length,
      jsons: jsons.length,
    },
    problems: {
      html: await validateHtml(dir, pages),
      links: checkLinks(dir, pages, { site }),
      svg: parsed.flatMap(checkInlineSvgs),
      csv: csvs.flatMap((f) => checkChartCsv(dir, f)),
      vegaLite: await checkVegaLiteSpecs(dir, specs),
      json,
    },
  };
}
