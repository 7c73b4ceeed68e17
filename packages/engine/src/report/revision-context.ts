import { REVISION_CHARTS } from '../charts/figures/revisions';
import { renderChart, type RenderedChart } from '../charts/render';
import type { ChartContext } from '../charts/types';
import { getReport, previousVintage, siteVintages } from './context';
import { compareVintages, vintageName, type VintageComparison } from './revisions';

/** Everything the revisions page of one vintage needs: the comparison with the vintage before it and its figures. */
export interface RevisionContext {
  comparison: VintageComparison;
  chartContext: ChartContext;
  chart(id: string): Promise<RenderedChart>;
}

const cache = new Map<string, RevisionContext>();

/** Vintages that have a revisions page: every site vintage except the first. */
export function revisedVintageIds(): string[] {
  return siteVintages()
    .slice(1)
    .map((v) => v.id);
}

export const revisionChartIds = (): string[] => REVISION_CHARTS.map((c) => c.id);

export function getRevision(vintageId: string): RevisionContext {
  const cached = cache.get(vintageId);
  if (cached) return cached;
  const previous = previousVintage(vintageId);
  if (!previous)
    throw new Error(
      `vintage "${vintageId}" has no earlier vintage to compare with; vintages with a revisions page: ${revisedVintageIds().join(', ') || 'none'}`,
    );
  const current = getReport(vintageId);
  const before = getReport(previous.id);
  const comparison = compareVintages(before.vintage, current.vintage, before.facts, current.facts);
  const chartContext: ChartContext = {
    results: current.results,
    facts: current.facts,
    revision: {
      previousId: previous.id,
      currentId: vintageId,
      previousName: `${vintageName(previous.id)}`,
      currentName: `${vintageName(vintageId)}`,
      previousResults: before.results,
      ...(comparison.attribution ? { attribution: comparison.attribution } : {}),
      ...(comparison.targetYear !== undefined ? { targetYear: comparison.targetYear } : {}),
    },
  };
  const rendered = new Map<string, Promise<RenderedChart>>();
  const ctx: RevisionContext = {
    comparison,
    chartContext,
    chart(id) {
      const def = REVISION_CHARTS.find((c) => c.id === id);
      if (!def) throw new Error(`unknown revision chart "${id}"; known: ${revisionChartIds().join(', ')}`);
      let p = rendered.get(id);
      if (!p) {
        // Prefixed like archived charts, so SVG ids stay unique if two revisions ever share a page.
        p = renderChart(def, chartContext, `rev${vintageId}-`);
        rendered.set(id, p);
      }
      return p;
    },
  };
  cache.set(vintageId, ctx);
  return ctx;
}
