import { toPointer, type Problem } from './errors';
import type { LocatedJson } from './json';
import { messages } from './messages';
import { listAssumptions } from './assumptions';
import { applyOverrides } from './overrides';
import { closest } from '../lib/suggest';
import { choleskyOf } from '../model/uncertainty/correlation';
import type { AssumptionsDoc, UncertaintyFile } from './schema';
import type { AssumptionProblem } from '../contract';

/** Rules of uncertainty.json the schema cannot express: unique scenario ids, event years in the horizon, valid overrides. */
export function checkUncertainty(
  file: string,
  json: LocatedJson,
  u: UncertaintyFile,
  doc: AssumptionsDoc,
  checkEvents?: (events: any, years: { start: number; end: number }) => AssumptionProblem[],
): Problem[] {
  const problems: Problem[] = [];
  const at = (path: PropertyKey[], message: string) => problems.push({ file, pointer: toPointer(path), ...json.locate(path), message });
  for (const p of checkEvents?.(u.events, doc.years) ?? []) at(['events', ...p.path], p.message);

  const seen = new Set<string>();
  u.scenarios.forEach((s, i) => {
    if (seen.has(s.id)) at(['scenarios', i, 'id'], messages.duplicateScenario(s.id));
    seen.add(s.id);
    const r = applyOverrides(doc, s.overrides, { file, pointer: toPointer(['scenarios', i, 'overrides']) });
    for (const p of r.problems) {
      const path = p.pointer
        ? p.pointer
            .split('/')
            .slice(1)
            .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'))
        : [];
      problems.push({ ...p, ...json.locate(path) });
    }
  });
  const withDistribution = listAssumptions(doc)
    .filter((a) => a.node.distribution)
    .map((a) => a.id);
  const all = listAssumptions(doc).map((a) => a.id);
  const pairs = new Set<string>();
  let pairsValid = true;
  (u.correlations ?? []).forEach((c, i) => {
    c.between.forEach((id, k) => {
      if (!all.includes(id)) at(['correlations', i, 'between', k], messages.unknownAssumption(id, closest(id, all)));
      else if (!withDistribution.includes(id)) at(['correlations', i, 'between', k], messages.correlationWithoutDistribution(id));
      else return;
      pairsValid = false;
    });
    const key = [...c.between].sort().join('\u0000');
    if (c.between[0] === c.between[1]) at(['correlations', i, 'between'], messages.correlationSelf(c.between[0]));
    else if (pairs.has(key)) at(['correlations', i, 'between'], messages.correlationDuplicate(c.between[0], c.between[1]));
    else {
      pairs.add(key);
      return;
    }
    pairsValid = false;
  });
  if (pairsValid && u.correlations?.length) {
    const chol = choleskyOf(withDistribution, u.correlations);
    if ('error' in chol) at(['correlations'], chol.error);
  }
  return problems;
}
