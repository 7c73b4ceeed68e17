import type { ChartContext } from '../../src/charts/types';
import { getReport } from '../../src/report/context';

/**
 * What the latest published vintage's figures are drawn from: model results, facts, timeline and the
 * Monte Carlo run. Tests that go over every registered figure need all of it.
 */
export function latestChartContext(): ChartContext {
  return getReport().chartContext;
}
