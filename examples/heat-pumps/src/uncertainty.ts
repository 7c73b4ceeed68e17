import { z } from 'zod';
import type { Results } from './model/types';

/**
 * What this report's Monte Carlo reports, beyond the engine's percentile bands: the series that get bands, and
 * the events whose probability the chapters quote. uncertainty.json's "events" names the thresholds.
 */
export const UncertaintyEvents = z.strictObject({
  stockAtLeast: z.strictObject({
    year: z.number().int({ error: 'expected a whole year' }),
    thresholds: z.array(z.number().positive({ error: 'expected a number of heat pumps above 0' })).min(1, { error: 'expected at least one threshold' }),
  }),
});
export type UncertaintyEvents = z.infer<typeof UncertaintyEvents>;

/** Yearly series given Monte Carlo bands, by the name facts and figures use ("stock.2030.p50"). */
export const BANDED_SERIES = {
  stock: { label: 'Heat pumps installed', get: (r: Results) => r.stock },
  sales: { label: 'Heat pumps sold', get: (r: Results) => r.sales },
} as const;

export interface ReportEvent {
  /** Fact name of the event's probability, e.g. "prob.stock2030AtLeast60M". */
  id: string;
  label: string;
  happened(r: Results): boolean;
}

/** "60M" for 60,000,000: thresholds are whole millions in fact names. */
const millions = (n: number) => `${+(n / 1e6).toFixed(3)}M`.replace('.', '_');

export function events(settings: UncertaintyEvents): ReportEvent[] {
  const { year, thresholds } = settings.stockAtLeast;
  const ids = thresholds.map(millions);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) throw new RangeError(`two stock thresholds both read ${twice}: thresholds must differ by at least a thousand heat pumps`);
  return thresholds.map((t) => ({
    id: `prob.stock${year}AtLeast${millions(t)}`,
    label: `Share of draws with at least ${millions(t).replace('_', '.')} heat pumps installed at the end of ${year}`,
    happened: (r: Results) => {
      const i = r.years.indexOf(year);
      if (i < 0) throw new RangeError(`event year ${year} is outside the horizon ${r.years[0]}–${r.years[r.years.length - 1]}`);
      return r.stock[i]! >= t;
    },
  }));
}
