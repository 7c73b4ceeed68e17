import { isSeriesNode, listAssumptions } from './assumptions';
import { describe } from './describe';
import type { Problem } from './errors';
import { messages } from './messages';
import type { AssumptionsDoc, Override } from './schema';
import { closest } from '../lib/suggest';

/**
 * Writes overrides (dotted assumption path → new value) into `doc` in place and returns what could not be
 * applied. It does not validate the result: applyOverrides does, for files and the CLI. It imports no schema
 * library, so the scenario explorer runs this very code in the browser with settings its controls keep in range.
 * An overridden assumption loses its distribution: a what-if fixes it, and the Monte Carlo varies the rest.
 * A path may also end in a year of a series ("…lpoShareOfPluggable.2027") to set that year.
 */
export function writeOverrides(doc: AssumptionsDoc, overrides: Record<string, Override>, where: (path: string) => Omit<Problem, 'message'>): Problem[] {
  const nodes = new Map(listAssumptions(doc).map((a) => [a.id, a.node]));
  const problems: Problem[] = [];
  for (const [rawPath, override] of Object.entries(overrides)) {
    let path = rawPath;
    let value: Override = override;
    let node = nodes.get(path);
    // "series.path.2027": one year of a series.
    const yearMatch = /^(.*)\.(\d{4})$/.exec(rawPath);
    if (!node && yearMatch && nodes.has(yearMatch[1]!) && typeof override === 'number') {
      path = yearMatch[1]!;
      node = nodes.get(path);
      value = { values: { [yearMatch[2]!]: override } };
    }
    if (!node) {
      problems.push({ ...where(rawPath), message: messages.unknownAssumption(rawPath, closest(rawPath, nodes.keys())) });
      continue;
    }
    delete node.distribution;
    if (isSeriesNode(node)) {
      if (typeof value === 'number') {
        problems.push({ ...where(rawPath), message: messages.overrideKind(path, true, describe(value)) });
      } else if ('scale' in value) {
        for (const y of Object.keys(node.values)) node.values[y] = node.values[y]! * value.scale;
      } else {
        for (const [y, v] of Object.entries(value.values)) {
          if (!(y in node.values)) problems.push({ ...where(rawPath), message: messages.overrideYear(path, y, Object.keys(node.values).join(', ')) });
          else node.values[y] = v;
        }
      }
    } else if (typeof value === 'number') node.value = value;
    else if ('scale' in value) node.value = node.value * value.scale;
    else problems.push({ ...where(rawPath), message: messages.overrideKind(path, false, 'year values') });
  }
  return problems;
}
