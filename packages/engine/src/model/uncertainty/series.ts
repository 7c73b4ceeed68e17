type Results = { years: number[] };

/** A yearly series of Results, named by its dotted path (e.g. "total.revenueUsd"). */
export interface SeriesAccessor {
  name: string;
  get(r: Results): readonly number[];
}

/** Every yearly series in a Results object: each numeric array as long as the horizon, except `years` itself. */
export function yearlySeries(sample: Results): SeriesAccessor[] {
  const n = sample.years.length;
  const out: SeriesAccessor[] = [];
  const walk = (value: unknown, path: string[]) => {
    if (Array.isArray(value)) {
      if (value.length === n && value.every((x) => typeof x === 'number') && path.join('.') !== 'years') {
        out.push({
          name: path.join('.'),
          get: (r) => {
            let o: unknown = r;
            for (const k of path) o = (o as Record<string, unknown>)[k];
            return o as readonly number[];
          },
        });
      }
      return;
    }
    if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(sample, []);
  return out;
}
