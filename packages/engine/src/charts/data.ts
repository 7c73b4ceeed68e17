import type { Unit } from '../format';
import type { ChartData, Column, Row } from './types';

export interface NamedSeries {
  label: string;
  values: readonly number[];
}

/** Tidy rows {year, series, value} from year-aligned series, in the given order. */
export function yearSeries(years: readonly number[], series: NamedSeries[], valueLabel: string, unit: Unit, seriesLabel = 'Series'): ChartData {
  const rows: Row[] = [];
  for (const s of series) years.forEach((year, i) => rows.push({ year, series: s.label, value: s.values[i]! }));
  return {
    columns: [
      { key: 'year', label: 'Year', unit: 'year' },
      { key: 'series', label: seriesLabel },
      { key: 'value', label: valueLabel, unit },
    ],
    rows,
  };
}

/** Wide layout for tables: one row per value of `rowKey`, one column per value of `columnKey`. */
export function pivot(data: ChartData, rowKey: string, columnKey: string, valueKey: string): ChartData {
  const rowCol = data.columns.find((c) => c.key === rowKey)!;
  const valueCol = data.columns.find((c) => c.key === valueKey)!;
  const columnValues = [...new Set(data.rows.map((r) => String(r[columnKey])))];
  const byRow = new Map<string, Row>();
  for (const r of data.rows) {
    const k = String(r[rowKey]);
    if (!byRow.has(k)) byRow.set(k, { [rowKey]: r[rowKey]! });
    byRow.get(k)![`c:${String(r[columnKey])}`] = r[valueKey] ?? null;
  }
  const columns: Column[] = [rowCol, ...columnValues.map((v) => ({ key: `c:${v}`, label: v, ...(valueCol.unit ? { unit: valueCol.unit } : {}) }))];
  return { columns, rows: [...byRow.values()] };
}

export const pivotByYear = (data: ChartData) => pivot(data, 'year', 'series', 'value');
