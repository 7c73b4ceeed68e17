import { isSeriesNode, listAssumptions } from '../../data/assumptions';
import type { AssumptionsDoc, Distribution } from '../../data/schema';

/** Model inputs as the engine sees them: nested numbers and arrays, addressed by assumption paths. */
type ModelInputs = { years: number[] };
import { quantileOf } from './distributions';

/** One assumption that carries a distribution, and how a drawn number reaches the model's inputs. */
export interface UncertainAssumption {
  /** Dotted path, the same in assumptions.json and in ModelInputs. */
  id: string;
  path: string[];
  label: string;
  distribution: Distribution;
  /** 'scalar': the draw is the value; 'multiplier': the draw scales the point value (every year of a series). */
  role: 'scalar' | 'multiplier';
  /** Point value of a scalar, or 1 for a multiplier. */
  centre: number;
}

/** Every assumption with a distribution, in document order (the order draws are taken in). */
export function uncertainAssumptions(doc: AssumptionsDoc): UncertainAssumption[] {
  return listAssumptions(doc).flatMap(({ id, path, node }) => {
    if (!node.distribution) return [];
    const multiplier = isSeriesNode(node) || node.distribution.relative === true;
    return [
      {
        id,
        path,
        label: node.label,
        distribution: node.distribution,
        role: multiplier ? 'multiplier' : 'scalar',
        centre: multiplier ? 1 : (node as { value: number }).value,
      } as const,
    ];
  });
}

/** The value of an assumption at cumulative probability u. */
export const drawValue = (a: UncertainAssumption, u: number) => quantileOf(a.distribution, u, a.centre);

/**
 * Writes drawn values into `target`, a private copy of the point inputs that `base` leaves untouched.
 * Writing in place keeps 10,000 draws free of 10,000 deep copies; runModel is pure, so reusing one
 * inputs object between calls is safe as long as results are read before the next write.
 */
export function makeWriter<I extends ModelInputs>(plan: readonly UncertainAssumption[], base: I, target: I) {
  const slots = plan.map((a) => {
    type Node = Record<string, unknown>;
    const parentOf = (root: I) => a.path.slice(0, -1).reduce<Node>((o, k) => o[k] as Node, root as unknown as Node);
    const key = a.path[a.path.length - 1]!;
    const baseValue = parentOf(base)[key] as number | number[];
    return { role: a.role, parent: parentOf(target) as Record<string, number | number[]>, key, baseValue };
  });
  return (values: ArrayLike<number>) => {
    slots.forEach((s, j) => {
      const v = values[j]!;
      if (s.role === 'scalar') s.parent[s.key] = v;
      else if (typeof s.baseValue === 'number') s.parent[s.key] = s.baseValue * v;
      else {
        const out = s.parent[s.key] as number[];
        const from = s.baseValue as number[];
        for (let i = 0; i < from.length; i++) out[i] = from[i]! * v;
      }
    });
  };
}

/** Point inputs with some assumptions replaced by the given values (a fresh object; for one-off runs). */
export function inputsWith<I extends ModelInputs>(base: I, plan: readonly UncertainAssumption[], values: ArrayLike<number>): I {
  const target = structuredClone(base);
  makeWriter(plan, base, target)(values);
  return target;
}
