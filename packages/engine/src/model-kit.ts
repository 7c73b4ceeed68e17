/**
 * @forecast-report/engine/model: the engine's pure helpers a report's model, inputs and facts may import. Nothing
 * here touches Node or the schema library, so the explore page can bundle a report's model for the browser; the
 * main entry re-exports all of it for everything else.
 */
export { add, mul, ratio, sumSeries, zip, yearIndex } from './model/series';
export { cagr, seriesCagr, crossoverYear } from './model/metrics';
export { FactRegistry, UnknownFactError, type Fact } from './model/facts';
export { yearsOf, genericInputs } from './data/inputs';
export { listAssumptions, isSeriesNode } from './data/assumptions';
export { formatValue, type Unit } from './format';
export type { ScalarAssumption, SeriesAssumption, AssumptionsDoc } from './data/schema';
