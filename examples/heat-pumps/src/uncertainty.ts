import type { MonteCarloResult, ScenarioResult, Tornado } from '@forecast-report/engine';
import { z } from 'zod';
import type { FactSink } from './facts';
import type { ModelInputs, Results } from './model/types';
import type { HeatPumpAssumptions } from './schema';

/**
 * What this report's Monte Carlo reports beyond the engine's percentile bands of every yearly series: the
 * probability of the stock events uncertainty.json names, a tornado of the event year's stock, and the facts
 * the chapters quote.
 */
export const UncertaintyEvents = z.strictObject({
  stockAtLeast: z.strictObject({
    year: z.number().int({ error: 'expected a whole year' }),
    thresholds: z.array(z.number().positive({ error: 'expected a number of heat pumps above 0' })).min(1, { error: 'expected at least one threshold' }),
  }),
});
export type UncertaintyEvents = z.infer<typeof UncertaintyEvents>;

export interface ReportEvent {
  /** Fact name of the event's probability, e.g. "prob.stock2030AtLeast60M". */
  id: string;
  label: string;
  happened(r: Results): boolean;
}

/** "60M" for 60,000,000, "62_5M" for 62,500,000: thresholds appear in millions in fact names. */
const millions = (n: number) => `${+(n / 1e6).toFixed(3)}M`.replace('.', '_');

export function events(settings: UncertaintyEvents): ReportEvent[] {
  const { year, thresholds } = settings.stockAtLeast;
  const ids = thresholds.map(millions);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) throw new RangeError(`two stock thresholds both read ${twice}: thresholds must differ by at least a thousand heat pumps`);
  return thresholds.map((t) => ({
    id: `prob.stock${year}AtLeast${millions(t)}`,
    label: `Probability of at least ${millions(t).replace('_', '.')} heat pumps installed at the end of ${year}`,
    happened: (r: Results) => {
      const i = r.years.indexOf(year);
      if (i < 0) throw new RangeError(`event year ${year} is outside the horizon ${r.years[0]}–${r.years[r.years.length - 1]}`);
      return r.stock[i]! >= t;
    },
  }));
}

/** Event years outside the horizon, as problems at their JSON path inside uncertainty.json#/events. */
export function checkEvents(settings: UncertaintyEvents, years: { start: number; end: number }) {
  const { year } = settings.stockAtLeast;
  return year < years.start || year > years.end
    ? [{ path: ['stockAtLeast', 'year'], message: `expected a year within the horizon ${years.start}–${years.end}, got ${year}` }]
    : [];
}

interface HookInput {
  doc: HeatPumpAssumptions;
  inputs: ModelInputs;
  events: UncertaintyEvents;
}

export interface EventProbability {
  id: string;
  label: string;
  probability: number;
}

/** Per draw: whether each stock event happened. The summary adds `events` to the Monte Carlo result. */
export function observers({ events: settings }: HookInput) {
  const list = events(settings);
  const hits = list.map(() => 0);
  let draws = 0;
  return [
    {
      record(r: Results, d: number) {
        list.forEach((e, k) => {
          if (e.happened(r)) hits[k]!++;
        });
        draws = d + 1;
      },
      summary(): { events: EventProbability[] } {
        return { events: list.map((e, k) => ({ id: e.id, label: e.label, probability: draws === 0 ? 0 : hits[k]! / draws })) };
      },
    },
  ];
}

/** The tornado ranks assumptions by how far each moves the installed base in the event year. */
export function sensitivity({ inputs, events: settings }: HookInput) {
  const year = settings.stockAtLeast.year;
  const i = inputs.years.indexOf(year);
  return {
    metrics: { stock: { name: `Heat pumps installed at the end of ${year}`, measure: (r: Results) => r.stock[i]! } },
    meta: { year },
  };
}

const PERCENTILES = ['p5', 'p25', 'p50', 'p75', 'p95'] as const;

/** The engine's uncertainty results with what this report's hooks add: event probabilities and the stock tornado. */
export interface HeatPumpUncertainty {
  monteCarlo: MonteCarloResult & { events: EventProbability[] };
  sensitivity: { year: number; stock: Tornado };
  scenarios: ScenarioResult<Results>[];
}

/** Bands of the stock and sales (stock.2030.p50 …), event probabilities, tornado extremes and scenario outcomes. */
export function addUncertaintyFacts(facts: FactSink, u: HeatPumpUncertainty): void {
  const mc = u.monteCarlo;
  facts.add('mc.draws', mc.draws, 'count', 'Monte Carlo draws behind every percentile and probability');
  facts.add('mc.assumptions', mc.assumptions.length, 'count', 'Assumptions that carry a distribution in the Monte Carlo run');
  for (const [series, label] of [['stock', 'Heat pumps installed'], ['sales', 'Heat pumps sold']] as const) {
    const bands = mc.bands[series];
    if (!bands) throw new Error(`the Monte Carlo result has no bands for "${series}"`);
    mc.years.forEach((year, i) => {
      for (const p of PERCENTILES) facts.add(`${series}.${year}.${p}`, bands[p][i]!, 'count', `${label}, ${year}, ${p} of the Monte Carlo draws`);
    });
  }
  for (const e of mc.events) facts.add(e.id, e.probability, 'fraction', e.label);
  const { year, stock } = u.sensitivity;
  stock.rows.slice(0, 3).forEach((row, k) => {
    facts.add(`sensitivity.stock${year}.rank${k + 1}.low`, row.low, 'count', `${stock.metric} with "${row.label}" at its 5th percentile`);
    facts.add(`sensitivity.stock${year}.rank${k + 1}.high`, row.high, 'count', `${stock.metric} with "${row.label}" at its 95th percentile`);
  });
  for (const s of u.scenarios) {
    const i = s.results.years.indexOf(year);
    facts.add(`scenario.${s.id}.stock.${year}`, s.results.stock[i]!, 'count', `${s.label} scenario: heat pumps installed at the end of ${year}`);
    facts.add(`scenario.${s.id}.target.gap`, s.results.metrics.targetGap, 'count', `${s.label} scenario: shortfall against the benchmark in its year`);
  }
}
