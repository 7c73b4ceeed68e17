import type { AssumptionsDoc, ScalarAssumption, SeriesAssumption } from './schema';

export type AssumptionNode = ScalarAssumption | SeriesAssumption;

export interface LocatedAssumption {
  /** Path from the document root, e.g. ['adoption', 'midpointYear']. */
  path: string[];
  /** Dotted form of `path`, the id used by the CLI, the methodology table and sensitivity runs. */
  id: string;
  node: AssumptionNode;
}

export const isAssumptionNode = (v: unknown): v is AssumptionNode =>
  typeof v === 'object' && v !== null && 'label' in v && 'unit' in v && ('value' in v || 'values' in v);

export const isSeriesNode = (n: AssumptionNode): n is SeriesAssumption => 'values' in n;

/** Every assumption in document order. */
export function listAssumptions(doc: AssumptionsDoc): LocatedAssumption[] {
  const out: LocatedAssumption[] = [];
  const walk = (value: unknown, path: string[]) => {
    if (isAssumptionNode(value)) {
      out.push({ path, id: path.join('.'), node: value });
      return;
    }
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
    }
  };
  walk(doc, []);
  return out;
}
