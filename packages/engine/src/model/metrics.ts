import { yearIndex } from './series';
import type { Series } from './series';

/** Compound annual growth rate between two values `years` apart: (end/start)^(1/years) − 1. */
export function cagr(startValue: number, endValue: number, years: number): number {
  if (years <= 0) throw new RangeError('CAGR needs a window of at least one year');
  if (startValue <= 0) return Number.NaN;
  return Math.pow(endValue / startValue, 1 / years) - 1;
}

/** CAGR of a year-aligned series over [startYear, endYear]. */
export function seriesCagr(years: readonly number[], series: Series, startYear: number, endYear: number): number {
  return cagr(series[yearIndex(years, startYear)]!, series[yearIndex(years, endYear)]!, endYear - startYear);
}

/** First year in which `challenger` strictly exceeds `incumbent`; null if it never does within the horizon. */
export function crossoverYear(years: readonly number[], challenger: Series, incumbent: Series): number | null {
  const i = years.findIndex((_, k) => challenger[k]! > incumbent[k]!);
  return i < 0 ? null : years[i]!;
}
