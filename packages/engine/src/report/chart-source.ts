import { getChart } from '../charts/registry';
import type { ReportContext } from './context';

/**
 * The source line under a chart: the publishers of the sources it shows directly, then the model
 * vintage it was computed from (every model input cites its own source on the Sources page).
 */
export function chartSourceLine(report: ReportContext, chartId: string): string {
  const def = getChart(chartId);
  const ids = def.sources?.(report.chartContext) ?? [];
  const publishers = [...new Set(ids.map((id) => report.vintage.sources.find((s) => s.id === id)?.publisher).filter((p): p is string => !!p))];
  const model = `${report.vintage.meta.title}, forecast vintage ${report.vintage.id}`;
  return publishers.length > 0
    ? `Sources: ${publishers.join('; ')}. Compiled for ${model}.`
    : `Source: ${model} (model computed from the sourced assumptions listed under Sources).`;
}
