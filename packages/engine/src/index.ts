/**
 * @forecast-report/engine: everything a report imports. A report's `src/report.ts` calls `defineReport` (see
 * contract.ts for every field and its default); its schema uses the data blocks, its model the series helpers and
 * metrics, its figures the chart helpers. Nothing here imports Astro, so the CLI and tests can load a report.
 *
 * The Astro integration is `@forecast-report/engine/integration`; the content collections are
 * `@forecast-report/engine/content`.
 */
export { defineReport } from './contract';
export type { Report, ReportConfig, AssumptionProblem, DrawObserver, UncertaintyHookInput, AnyAssumptions, AnyInputs, AnyResults } from './contract';

// Data kit: schema blocks for assumptions.json, errors with file and pointer, messages.
export { scalar, series, Distribution, Horizon, kinds, got, finiteNumber, describe, SourceId, Source, LEARNING_RATE_LIMIT } from './data/schema';
export type { ScalarAssumption, SeriesAssumption, ValueKind, AssumptionsDoc, TimelineEvent, Override, Scenario, UncertaintyFile } from './data/schema';
export { yearsOf, genericInputs } from './data/inputs';
export { listAssumptions, isSeriesNode } from './data/assumptions';
export { DataError, formatProblem, toPointer, type Problem } from './data/errors';
export { messages } from './data/messages';
export { applyOverrides, parseSetArgument } from './data/overrides';
export { loadVintage, listVintageIds, listPublishedVintageIds, loadAllVintages, type Vintage } from './data/load';
export { scenariosRelativeToBase, scenarioOrderWarnings, type ShiftNote, type OrderWarning } from './data/relative-scenarios';

// Model helpers and metrics.
export { add, mul, ratio, sumSeries, zip, yearIndex } from './model/series';
export { cagr, seriesCagr, crossoverYear } from './model/metrics';
export { attribute, explainedTotal, type Attribution, type AttributionStep, type Contribution } from './model/attribution';
export { FactRegistry, UnknownFactError, type Fact } from './model/facts';

// Uncertainty: the engine runs draws, sensitivity and scenarios; the report names metrics and events.
export {
  analyseUncertainty,
  runMonteCarlo,
  runSensitivity,
  runScenarios,
  uncertainAssumptions,
  lastingCrossoverYear,
  percentilesOf,
  count,
  PERCENTILES,
} from './model/uncertainty';
export type {
  UncertaintyResults,
  MonteCarloResult,
  Bands,
  Quantiles,
  Percentile,
  Tornado,
  SensitivityRow,
  SensitivityMetric,
  ScenarioResult,
  UncertainAssumption,
} from './model/uncertainty';
export { yearlySeries } from './model/uncertainty/series';

// Formatting: the one place numbers become text.
export { formatValue, type Unit, type UnitFormat } from './format';
export { formatChange, formatSigned } from './format/change';

// Charts: definitions, data shaping, axes, theme sizes.
export type { ChartDefinition, ChartContext, ChartData, Column, Row, Cell, SpecBody } from './charts/types';
export { yearSeries, pivot, pivotByYear, type NamedSeries } from './charts/data';
export { axisFor } from './charts/axis';
export { size, yearAxis } from './charts/figures/common';
export { CHART_WIDTH, CHART_HEIGHT } from './charts/theme';
export { toCsv } from './charts/csv';
export { stackedBarsByYear, lineChart, fanChart, tornadoChart, waterfallChart, wrapExpr, MAX_DIRECT_LABELS, type SeriesColour } from './charts/builders';
export { defineConcepts, conceptScale, conceptOf, ROLES, type Concept, type ThemeColour } from './charts/style';
export { CHART_FONT, CHART_FONT_FAMILY, textWidth } from './charts/text-metrics';
export { nearest, closest } from './lib/suggest';

// The current report (the integration and the CLI set it; a report's own scripts and tests may too) and its folders.
export { useReport, currentReport } from './report/current';
export { dataDir, vintagesDir, contentDir, chaptersDir } from './settings';
