import { nearest } from '../lib/suggest';
import '../report/chart-colours';
import { clusterPower, energyPerBit } from './figures/power';
import { portsBySpeed, technologyMix } from './figures/adoption';
import { marketBySegment, revenueWithEls, segmentCrossover } from './figures/market';
import { addressableBandwidth, adoptionBySegment, aspPath, revenueBySpeed, scaleOutMix } from './figures/outlook';
import { wattsPerPort } from './figures/port-power';
import { vendorTimeline } from './figures/timeline';
import { UNCERTAINTY_CHARTS } from './figures/uncertainty';
import { syntheticCharts } from './figures/synthetic';
import { SPEC_CHARTS_DIR } from '../report/paths';
import { loadSpecCharts } from './spec-files';
import { tableCatalog } from './tables';
import type { ChartContext, ChartDefinition } from './types';

/** The figures written in TypeScript. */
const BUILT_IN: readonly ChartDefinition[] = [
  marketBySegment,
  revenueWithEls,
  segmentCrossover,
  technologyMix,
  portsBySpeed,
  energyPerBit,
  clusterPower,
  wattsPerPort,
  revenueBySpeed,
  scaleOutMix,
  adoptionBySegment,
  addressableBandwidth,
  aspPath,
  vendorTimeline,
  ...UNCERTAINTY_CHARTS,
];

/**
 * The tables spec-file charts can name: every built-in figure's dataset, under the figure's id (the name
 * of its CSV download), for the vintages that can draw it.
 */
export const TABLES = tableCatalog(new Map(BUILT_IN.map((c) => [c.id, (ctx: ChartContext) => ((c.available?.(ctx) ?? true) ? c.data(ctx) : undefined)])));

/** Every figure the report can show: the built-in ones, then the spec files of content/charts/. */
export const CHARTS: readonly ChartDefinition[] = [...BUILT_IN, ...loadSpecCharts(SPEC_CHARTS_DIR, TABLES)];

// Bench only: REPORT_SYNTHETIC_CHARTS=N adds N generated figures so build cost can be measured at scale.
const ALL_CHARTS = [...CHARTS, ...syntheticCharts(Number(process.env.REPORT_SYNTHETIC_CHARTS ?? 0), CHARTS)];
const byId = new Map(ALL_CHARTS.map((c) => [c.id, c]));
if (byId.size !== ALL_CHARTS.length) throw new Error('two charts share an id');

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
  return [...byId.keys()];
}

export function getChart(id: string): ChartDefinition {
  const def = byId.get(id);
  if (!def) throw new UnknownChartError(id, nearest(id, byId.keys()));
  return def;
}
