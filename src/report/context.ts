import { loadAllVintages, type Vintage } from '../data/load';
import { getChart } from '../charts/registry';
import { renderChart, type RenderedChart } from '../charts/render';
import { buildFacts, type FactRegistry } from '../model/facts';
import { runModel } from '../model/project';
import type { Results } from '../model/types';
import { addUncertaintyFacts } from '../model/uncertainty/facts';
import type { UncertaintyResults } from '../model/uncertainty';
import { VINTAGES_DIR } from './paths';
import { uncertaintyOf } from './uncertainty';

/** Everything a page needs about one vintage: its data, model results, facts and rendered charts. */
export interface ReportContext {
  vintage: Vintage;
  results: Results;
  facts: FactRegistry;
  /** Monte Carlo, sensitivity and scenarios; absent for a vintage without uncertainty.json. */
  uncertainty?: UncertaintyResults;
  isLatest: boolean;
  chart(id: string): Promise<RenderedChart>;
}

let vintages: Vintage[] | undefined;
const contexts = new Map<string, ReportContext>();

/** All vintages, validated once per build. */
export function getVintages(): Vintage[] {
  vintages ??= loadAllVintages(VINTAGES_DIR);
  return vintages;
}

/** The newest published vintage: what the main pages show. */
export function latestVintage(): Vintage {
  const published = getVintages().filter((v) => v.meta.status === 'published');
  const latest = published[published.length - 1];
  if (!latest) throw new Error(`no published vintage in ${VINTAGES_DIR}; set "status": "published" in a vintage.json`);
  return latest;
}

export function getReport(vintageId?: string): ReportContext {
  const id = vintageId ?? latestVintage().id;
  const cached = contexts.get(id);
  if (cached) return cached;
  const vintage = getVintages().find((v) => v.id === id);
  if (!vintage) throw new Error(`unknown vintage "${id}"; known: ${getVintages().map((v) => v.id).join(', ')}`);
  const results = runModel(vintage.inputs);
  const facts = buildFacts(results, vintage.inputs);
  const uncertainty = uncertaintyOf(vintage);
  if (uncertainty) addUncertaintyFacts(facts, uncertainty);
  const rendered = new Map<string, Promise<RenderedChart>>();
  const ctx: ReportContext = {
    vintage,
    results,
    facts,
    ...(uncertainty ? { uncertainty } : {}),
    isLatest: id === latestVintage().id,
    chart(chartId) {
      let p = rendered.get(chartId);
      if (!p) {
        // Rendered once per vintage: a chart shown in a chapter and on the downloads page costs one render.
        p = renderChart(
          getChart(chartId),
          { results, facts, timeline: vintage.timeline, ...(uncertainty ? { uncertainty } : {}) },
          id === latestVintage().id ? '' : `v${id}-`,
        );
        rendered.set(chartId, p);
      }
      return p;
    },
  };
  contexts.set(id, ctx);
  return ctx;
}
