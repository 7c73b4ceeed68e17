import type { AssumptionsDoc } from '../data/schema';
import type { UnitFormat } from '../format';
import type { ReportContext } from '../report/context';
import { currentReport } from '../report/current';
import { runWith, type ExplorerModel, type ExplorerView, type ShownFact } from './compute';
import { resolveControls, type Control } from './controls';

/** What the browser loads (explorer.json): the published assumptions, the controls and the published band. */
export interface ExplorerPayload {
  vintage: string;
  doc: AssumptionsDoc;
  /** The report's own units, registered in the browser so facts read as they do in the build. */
  units: Record<string, UnitFormat>;
  /** The report's offline command for a scenario (defineReport({ explorer: { command } })), if it has one. */
  command?: string;
  /** What the page shows: headline fact names (resolved for this vintage) and the chart's series. */
  view: ExplorerView;
  controls: Control[];
  years: number[];
  /** The published point forecast of the chart's series. */
  base: number[];
  /** Its Monte Carlo percentiles; absent for a vintage without an uncertainty analysis. */
  band?: { p5: number[]; p25: number[]; p75: number[]; p95: number[] };
}

interface NamedScenario {
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

/** Whether the report has an explore page (defineReport({ explorer })). */
export const hasExplorer = () => currentReport().explorer !== undefined;

/** Everything the explore page shows for one vintage, computed at build time with the browser's own code path. */
export function explorerPage(ctx: ReportContext): ExplorerPage {
  const report = currentReport();
  const explorer = report.explorer;
  if (!explorer) throw new Error('the report defines no explorer (defineReport({ explorer }))');
  const model: ExplorerModel = { toInputs: report.toInputs, run: report.run, facts: report.facts };
  const end = String(ctx.results.years[ctx.results.years.length - 1]);
  const view: ExplorerView = {
    headline: (explorer.headline ?? report.headline).map((n) => n.replaceAll('{end}', end)).filter((n) => ctx.facts.has(n)),
    chart: explorer.chart,
  };
  const config = { model, view };
  const doc = ctx.vintage.assumptions as AssumptionsDoc;
  const controls = resolveControls(doc, explorer.assumptions, `explorer.assumptions (vintage ${ctx.vintage.id})`);
  const point = runWith(config.model, config.view, doc, {});
  const bands = ctx.uncertainty?.monteCarlo.bands[config.view.chart.series];
  const payload: ExplorerPayload = {
    vintage: ctx.vintage.id,
    doc,
    units: report.units,
    ...(explorer.command ? { command: explorer.command } : {}),
    view,
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
    headline: runWith(config.model, config.view, doc, s.overrides as Parameters<typeof runWith>[3]).headline,
  }));
  return { payload, headline, scenarios };
}
