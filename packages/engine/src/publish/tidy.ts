import type { ChartData } from '../charts/types';
import type { AnyResults } from '../contract';
import { yearlySeries } from '../model/uncertainty/series';

/** How a report names one model series in the tidy CSV: what it is, which segment, in which unit. */
interface SeriesDescription {
  series: string;
  /** Part of the market the series covers ("total" or a segment id); "" when the split does not apply. */
  segment: string;
  unit: string;
}
export type DescribeSeries = (path: string) => SeriesDescription;

/** Without a report's own description: the dotted path is the series, the unit read from a suffix in its name. */
export const describeByName: DescribeSeries = (path) => ({
  series: path,
  segment: '',
  unit: /Usd$/.test(path) ? 'USD' : /W$/.test(path) ? 'W' : /share/i.test(path) ? 'fraction' : '',
});

const TIDY_COLUMNS = [
  { key: 'vintage', label: 'vintage' },
  { key: 'series', label: 'series' },
  { key: 'segment', label: 'segment' },
  { key: 'year', label: 'year' },
  { key: 'value', label: 'value' },
  { key: 'unit', label: 'unit' },
] as const;

/** Every yearly series of the model results in long form: one row per vintage, series, segment and year. */
export function tidySeries(vintage: string, results: AnyResults, describe: DescribeSeries = describeByName): ChartData {
  const rows = yearlySeries(results).flatMap((s) => {
    const d = describe(s.name);
    const values = s.get(results);
    return results.years.map((year, i) => ({ vintage, series: d.series, segment: d.segment, year, value: values[i]!, unit: d.unit }));
  });
  return { columns: TIDY_COLUMNS.map((c) => ({ ...c })), rows };
}
