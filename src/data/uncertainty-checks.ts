import { toPointer, type Problem } from './errors';
import type { LocatedJson } from './json';
import { messages } from './messages';
import { applyOverrides } from './overrides';
import type { AssumptionsFile, UncertaintyFile } from './schema';

/** Rules of uncertainty.json the schema cannot express: unique scenario ids, event years in the horizon, valid overrides. */
export function checkUncertainty(file: string, json: LocatedJson, u: UncertaintyFile, doc: AssumptionsFile): Problem[] {
  const problems: Problem[] = [];
  const at = (path: PropertyKey[], message: string) => problems.push({ file, pointer: toPointer(path), ...json.locate(path), message });
  const { start, end } = doc.years;
  const inHorizon = (y: number) => y >= start && y <= end;

  if (!inHorizon(u.events.crossoverBefore)) at(['events', 'crossoverBefore'], messages.eventYear(start, end, u.events.crossoverBefore));
  const { from, to } = u.events.cagr;
  if (!inHorizon(from)) at(['events', 'cagr', 'from'], messages.eventYear(start, end, from));
  if (!inHorizon(to)) at(['events', 'cagr', 'to'], messages.eventYear(start, end, to));
  if (to <= from) at(['events', 'cagr', 'to'], messages.yearRange(from, to));

  const seen = new Set<string>();
  u.scenarios.forEach((s, i) => {
    if (seen.has(s.id)) at(['scenarios', i, 'id'], messages.duplicateScenario(s.id));
    seen.add(s.id);
    const r = applyOverrides(doc, s.overrides, { file, pointer: toPointer(['scenarios', i, 'overrides']) });
    for (const p of r.problems) {
      const path = p.pointer ? p.pointer.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~')) : [];
      problems.push({ ...p, ...json.locate(path) });
    }
  });
  return problems;
}
