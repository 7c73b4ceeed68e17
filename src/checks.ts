import { messages, type AssumptionProblem } from '@forecast-report/engine';
import { PORT_SPEEDS, SEGMENTS } from './model/types';
import type { AssumptionsFile, UncertaintyEvents } from './schema';

/** The port-speed shares of each segment must sum to 1 in every year. */
export function checkAssumptions(doc: AssumptionsFile): AssumptionProblem[] {
  const problems: AssumptionProblem[] = [];
  for (const seg of SEGMENTS) {
    const mix = doc.segments[seg].speedMix;
    for (let y = doc.years.start; y <= doc.years.end; y++) {
      const year = String(y);
      const sum = PORT_SPEEDS.reduce((acc, sp) => acc + (mix[sp].values[year] ?? 0), 0);
      if (Math.abs(sum - 1) > 1e-6)
        problems.push({ path: ['segments', seg, 'speedMix'], message: `expected the port-speed shares of ${year} to sum to 1, got ${+sum.toFixed(6)}` });
    }
  }
  return problems;
}

/** Event years must fall inside the horizon, and the CAGR window must run forwards. */
export function checkEvents(events: UncertaintyEvents, { start, end }: { start: number; end: number }): AssumptionProblem[] {
  const problems: AssumptionProblem[] = [];
  const inHorizon = (y: number) => y >= start && y <= end;
  if (!inHorizon(events.crossoverBefore)) problems.push({ path: ['crossoverBefore'], message: messages.eventYear(start, end, events.crossoverBefore) });
  const { from, to } = events.cagr;
  if (!inHorizon(from)) problems.push({ path: ['cagr', 'from'], message: messages.eventYear(start, end, from) });
  if (!inHorizon(to)) problems.push({ path: ['cagr', 'to'], message: messages.eventYear(start, end, to) });
  if (to <= from) problems.push({ path: ['cagr', 'to'], message: messages.yearRange(from, to) });
  return problems;
}
