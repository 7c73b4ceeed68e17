/**
 * The engine building blocks this report uses, from the engine's public entry (one import site, so a reader sees
 * at a glance how little of the engine a report needs).
 */
export { axisFor, CHART_HEIGHT, CHART_WIDTH, formatValue, pivotByYear, scalar, series, yearSeries } from '@forecast-report/engine';
export type { ChartData, SpecBody } from '@forecast-report/engine';
