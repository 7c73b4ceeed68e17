import type { AssumptionsFile } from '../data/schema';
import type { ReportContext } from '../report/context';
import { runWith, type ExplorerModel, type ExplorerView, type ShownFact } from './compute';
import { resolveControls, type Control, type ExplorableAssumption } from './controls';

/** What the browser loads (explorer.json): the published assumptions, the controls and the published band. */
export interface ExplorerPayload {
  vintage: string;
  doc: AssumptionsFile;
  controls: Control[];
  years: number[];
  /** The published point forecast of the chart's series. */
  base: number[];
  /** Its Monte Carlo percentiles; absent for a vintage without an uncertainty analysis. */
  band?: { p5: number[]; p25: number[]; p75: number[]; p95: number[] };
}

export interface NamedScenario {
  id: string;
  label: string;
  rationale: string;
  headline: ShownFact[];
}

export interface ExplorerPage {
  payload: ExplorerPayload;
  /** Headline facts of the published forecast, with their descriptions as labels. */
  headline: (ShownFact & { label: string })[];
  scenarios: NamedScenario[];
}

export interface ExplorerConfig {
  explorable: readonly ExplorableAssumption[];
  model: ExplorerModel;
  view: ExplorerView;
}

/** Everything the explore page shows for one vintage, computed at build time with the browser's own code path. */
export function explorerPage(ctx: ReportContext, config: ExplorerConfig): ExplorerPage {
  const doc = ctx.vintage.assumptions;
  const controls = resolveControls(doc, config.explorable, `explorable (vintage ${ctx.vintage.id})`);
  const point = runWith(config.model, config.view, doc, {});
  const bands = ctx.uncertainty?.monteCarlo.bands[config.view.chart.series];
  const payload: ExplorerPayload = {
    vintage: ctx.vintage.id,
    doc,
    controls,
    years: ctx.results.years,
    base: point.series,
    ...(bands ? { band: { p5: bands.p5, p25: bands.p25, p75: bands.p75, p95: bands.p95 } } : {}),
  };
  const headline = point.headline.map((f) => ({ ...f, label: ctx.facts.get(f.name).description }));
  const scenarios = (ctx.vintage.uncertainty?.scenarios ?? []).map((s) => ({
    id: s.id,
    label: s.label,
    rationale: s.rationale,
    headline: runWith(config.model, config.view, doc, s.overrides).headline,
  }));
  return { payload, headline, scenarios };
}
