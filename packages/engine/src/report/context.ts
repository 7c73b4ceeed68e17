import { loadAllVintages, type Vintage } from '../data/load';
import { chartIds, getChart } from '../charts/registry';
import type { ChartContext } from '../charts/types';
import { renderChart, type RenderedChart } from '../charts/render';
import type { AnyResults } from '../contract';
import type { FactRegistry } from '../model/facts';
import type { UncertaintyResults } from '../model/uncertainty';
import { settings, vintagesDir } from '../settings';
import { buildSvgCache } from './chart-cache';
import { currentReport } from './current';
import { countingCache, timeChartRender, timeModel } from './timings';
import { forgetUncertainty, uncertaintyOf } from './uncertainty';

/** Everything a page needs about one vintage: its data, model results, facts and rendered charts. */
export interface ReportContext {
  vintage: Vintage;
  /** The report's model results for this vintage (its own type; the engine reads only `years`). */
  results: AnyResults;
  facts: FactRegistry;
  /** Monte Carlo, sensitivity and scenarios; absent for a vintage without uncertainty.json. */
  uncertainty?: UncertaintyResults;
  isLatest: boolean;
  /** What the vintage's figures are drawn from. */
  chartContext: ChartContext;
  chart(id: string): Promise<RenderedChart>;
}

let vintages: Vintage[] | undefined;
let svgCache: ReturnType<typeof buildSvgCache> | null = null;
const contexts = new Map<string, ReportContext>();

/**
 * Forgets the vintages and everything computed from them (model results, facts, Monte Carlo runs, rendered
 * charts), so the next page reads the data files again. The dev server calls it when a data file changes.
 */
export function forgetReportData(): void {
  vintages = undefined;
  contexts.clear();
  forgetUncertainty();
}

/** All vintages, validated once per build. */
export function getVintages(): Vintage[] {
  vintages ??= loadAllVintages(vintagesDir());
  return vintages;
}

/** The vintages a build publishes, oldest first: published ones, plus drafts when asked for. Pure. */
export function selectSiteVintages<V extends { meta: { status: 'draft' | 'published' } }>(all: readonly V[], includeDrafts: boolean): V[] {
  return all.filter((v) => v.meta.status === 'published' || includeDrafts);
}

/** The vintages this site shows (at /v/<id>/, in the revision history and the data downloads), oldest first. */
export function siteVintages(): Vintage[] {
  return selectSiteVintages(getVintages(), settings.includeDrafts());
}

/** The vintage published just before `id` on this site, if any: what its revisions page compares against. */
export function previousVintage(id: string): Vintage | undefined {
  const site = siteVintages();
  const i = site.findIndex((v) => v.id === id);
  return i > 0 ? site[i - 1] : undefined;
}

/** The newest vintage this site shows: what the main pages show. */
export function latestVintage(): Vintage {
  const site = siteVintages();
  const latest = site[site.length - 1];
  if (!latest) throw new Error(`no published vintage in ${vintagesDir()}; set "status": "published" in a vintage.json`);
  return latest;
}

/** The registered figures a vintage can draw (see ChartDefinition.available), in registry order. */
export function chartIdsFor(vintageId: string): string[] {
  const { chartContext } = getReport(vintageId);
  return chartIds().filter((id) => getChart(id).available?.(chartContext) ?? true);
}

/** Model results, facts (with the Monte Carlo's) and the figures' context of one vintage. Pure apart from the Monte Carlo cache. */
export function analyseVintage(vintage: Vintage): { results: any; facts: FactRegistry; uncertainty?: UncertaintyResults; chartContext: ChartContext } {
  const report = currentReport();
  const results = report.run(vintage.inputs);
  const facts = report.facts(results, vintage.inputs);
  const uncertainty = uncertaintyOf(vintage);
  if (uncertainty) report.uncertainty?.facts(facts, uncertainty);
  const chartContext: ChartContext = { results, facts, timeline: vintage.timeline, ...(uncertainty ? { uncertainty } : {}) };
  return { results, facts, ...(uncertainty ? { uncertainty } : {}), chartContext };
}

export function getReport(vintageId?: string): ReportContext {
  const id = vintageId ?? latestVintage().id;
  const cached = contexts.get(id);
  if (cached) return cached;
  const vintage = getVintages().find((v) => v.id === id);
  if (!vintage)
    throw new Error(
      `unknown vintage "${id}"; known: ${getVintages()
        .map((v) => v.id)
        .join(', ')}`,
    );
  const { results, facts, uncertainty, chartContext } = timeModel(() => analyseVintage(vintage));
  const rendered = new Map<string, Promise<RenderedChart>>();
  const ctx: ReportContext = {
    vintage,
    results,
    facts,
    ...(uncertainty ? { uncertainty } : {}),
    isLatest: id === latestVintage().id,
    chartContext,
    chart(chartId) {
      let p = rendered.get(chartId);
      if (!p) {
        // Rendered once per vintage: a chart shown in a chapter and on the downloads page costs one render.
        if (svgCache === null) svgCache = countingCache(buildSvgCache());
        const def = getChart(chartId);
        p = timeChartRender(() => renderChart(def, chartContext, id === latestVintage().id ? '' : `v${id}-`, svgCache ?? undefined));
        rendered.set(chartId, p);
      }
      return p;
    },
  };
  contexts.set(id, ctx);
  return ctx;
}
