/**
 * The one place this report reaches into the engine: every engine building block it uses comes through here.
 */
export { scalar, series } from '../../../src/data/schema';
export { axisFor } from '../../../src/charts/axis';
export { pivotByYear, yearSeries } from '../../../src/charts/data';
export { CHART_HEIGHT, CHART_WIDTH } from '../../../src/charts/theme';
export type { ChartData, SpecBody } from '../../../src/charts/types';
export { formatValue } from '../../../src/format';
