/** Compound annual growth rate between two values `years` apart: (end/start)^(1/years) − 1; NaN from a start of 0. */
export function cagr(startValue: number, endValue: number, years: number): number {
  if (years <= 0) throw new RangeError('growth needs a window of at least one year');
  if (startValue <= 0) return Number.NaN;
  return Math.pow(endValue / startValue, 1 / years) - 1;
}
