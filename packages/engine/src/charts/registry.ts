import { nearest } from '../lib/suggest';
import { currentReport } from '../report/current';
import { settings, specsDir } from '../settings';
import { loadSpecCharts } from './spec-files';
import { tableCatalog, type TableCatalog } from './tables';
import { syntheticCharts } from './figures/synthetic';
import type { ChartContext, ChartData, ChartDefinition } from './types';

/**
 * The tables spec-file charts can name: the report's own tables, and every TypeScript figure's dataset under the
 * figure's id (the name of its CSV download) for the vintages that can draw it.
 */
export function publishedTables(): TableCatalog {
  const report = currentReport();
  let catalog = tableCache.get(report);
  if (!catalog) {
    const tables = new Map<string, (ctx: ChartContext) => ChartData | undefined>(Object.entries(report.tables));
    for (const c of report.charts) if (!tables.has(c.id)) tables.set(c.id, (ctx) => ((c.available?.(ctx) ?? true) ? c.data(ctx) : undefined));
    catalog = tableCatalog(tables);
    tableCache.set(report, catalog);
  }
  return catalog;
}
const tableCache = new WeakMap<object, TableCatalog>();

/**
 * The report's figures by id: its TypeScript figures, then its spec files (`specs` folder), plus (bench only:
 * REPORT_SYNTHETIC_CHARTS=N) N generated ones to measure build cost at scale.
 */
function charts(): Map<string, ChartDefinition> {
  const report = currentReport();
  let byId = cache.get(report);
  if (!byId) {
    const all = [...report.charts, ...loadSpecCharts(specsDir(), publishedTables()), ...syntheticCharts(settings.syntheticCharts(), report.charts)];
    byId = new Map(all.map((c) => [c.id, c]));
    if (byId.size !== all.length) throw new Error('two charts share an id');
    cache.set(report, byId);
  }
  return byId;
}
const cache = new WeakMap<object, Map<string, ChartDefinition>>();

class UnknownChartError extends Error {
  constructor(
    readonly chartId: string,
    readonly suggestions: string[],
  ) {
    super(`unknown chart "${chartId}"${suggestions.length ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : ''}`);
    this.name = 'UnknownChartError';
  }
}

export function chartIds(): string[] {
  return [...charts().keys()];
}

export function getChart(id: string): ChartDefinition {
  const def = charts().get(id);
  if (!def) throw new UnknownChartError(id, nearest(id, charts().keys()));
  return def;
}
