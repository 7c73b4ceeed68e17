import { nearest } from '../lib/suggest';
import { currentReport } from '../report/current';
import { settings } from '../settings';
import { syntheticCharts } from './figures/synthetic';
import type { ChartDefinition } from './types';

/** The report's figures by id, plus (bench only: REPORT_SYNTHETIC_CHARTS=N) N generated ones to measure build cost at scale. */
function charts(): Map<string, ChartDefinition> {
  const report = currentReport();
  let byId = cache.get(report);
  if (!byId) {
    const all = [...report.charts, ...syntheticCharts(settings.syntheticCharts(), report.charts)];
    byId = new Map(all.map((c) => [c.id, c]));
    if (byId.size !== all.length) throw new Error('two charts share an id');
    cache.set(report, byId);
  }
  return byId;
}
const cache = new WeakMap<object, Map<string, ChartDefinition>>();

export class UnknownChartError extends Error {
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
