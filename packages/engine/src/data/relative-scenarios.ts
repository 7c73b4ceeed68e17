/**
 * What-if overrides (`npm run model -- --set …`) carried into the scenarios as changes relative to the base case.
 *
 * A scenario that pins an assumption to an absolute value ("bear": learning rate 0.12) would otherwise ignore a
 * what-if on the same assumption, and the bear case could end above the base. So a what-if moves each scenario's
 * own value by the same step: an absolute what-if by the same difference, a {"scale": k} what-if by the same
 * factor. Scenario overrides that are multipliers already apply on top of the new base and stay as they are.
 */
import { listAssumptions } from './assumptions';
import type { AssumptionsDoc as AssumptionsFile, Override, Scenario } from './schema';

export interface ShiftNote {
  scenario: string;
  path: string;
  from: number;
  to: number;
}

const tidy = (v: number) => Number(v.toPrecision(12));

export function scenariosRelativeToBase(
  base: AssumptionsFile,
  whatIf: Readonly<Record<string, Override>>,
  scenarios: readonly Scenario[],
): { scenarios: Scenario[]; shifts: ShiftNote[] } {
  const scalars = new Map(listAssumptions(base).flatMap((a) => ('value' in a.node ? [[a.id, a.node.value] as const] : [])));
  const shifts: ShiftNote[] = [];
  const out = scenarios.map((s) => {
    const overrides = { ...s.overrides };
    for (const [path, change] of Object.entries(whatIf)) {
      const pinned = overrides[path];
      const original = scalars.get(path);
      if (typeof pinned !== 'number' || original === undefined) continue;
      const to = typeof change === 'number' ? tidy(pinned + (change - original)) : 'scale' in change ? tidy(pinned * change.scale) : pinned;
      if (to === pinned) continue;
      overrides[path] = to;
      shifts.push({ scenario: s.id, path, from: pinned, to });
    }
    return { ...s, overrides };
  });
  return { scenarios: out, shifts };
}

export interface OrderWarning {
  scenario: string;
  message: string;
}

/**
 * A downside scenario (id "bear" or "low") above the base case, or an upside one ("bull", "high") below it, on the
 * given metric: the scenarios no longer bracket the base case, which a reader would take for a mistake.
 */
export function scenarioOrderWarnings(
  metric: string,
  base: number,
  scenarios: readonly { id: string; label: string; value: number }[],
  format: (v: number) => string,
): OrderWarning[] {
  const warnings: OrderWarning[] = [];
  for (const s of scenarios) {
    const down = s.id === 'bear' || s.id === 'low';
    const up = s.id === 'bull' || s.id === 'high';
    if ((down && s.value > base) || (up && s.value < base)) {
      warnings.push({
        scenario: s.id,
        message: `${s.label} ${metric} ${format(s.value)} is ${down ? 'above' : 'below'} the base case's ${format(base)}: the scenarios no longer bracket the base case`,
      });
    }
  }
  return warnings;
}
