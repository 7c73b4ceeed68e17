/** A yearly series: numbers aligned with the model's years. */
export type Series = number[];

/** Element-wise helpers over year-aligned series. */
export const zip = (a: Series, b: Series, f: (x: number, y: number) => number): Series => a.map((x, i) => f(x, b[i]!));
export const add = (a: Series, b: Series): Series => zip(a, b, (x, y) => x + y);
export const mul = (a: Series, b: Series): Series => zip(a, b, (x, y) => x * y);
export const sumSeries = (list: Series[], length: number): Series => list.reduce<Series>((acc, s) => add(acc, s), new Array<number>(length).fill(0));
export const ratio = (a: Series, b: Series): Series => zip(a, b, (x, y) => (y === 0 ? 0 : x / y));

/** Index of `year` in `years`; throws on a year outside the horizon. */
export function yearIndex(years: readonly number[], year: number): number {
  const i = years.indexOf(year);
  if (i < 0) throw new RangeError(`year ${year} is outside the model horizon ${years[0]}–${years[years.length - 1]}`);
  return i;
}
