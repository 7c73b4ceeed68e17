import { isAssumptionNode, isSeriesNode } from './assumptions';
import type { AssumptionsDoc } from './schema';

/** The model's years for a validated document. */
export function yearsOf(doc: Pick<AssumptionsDoc, 'years'>): number[] {
  const out: number[] = [];
  for (let y = doc.years.start; y <= doc.years.end; y++) out.push(y);
  return out;
}

/**
 * The default `toInputs`: the same tree without provenance, each scalar replaced by its value and each series by
 * an array aligned with `years` (so a dotted assumption id is also its path in the inputs).
 */
export function genericInputs(doc: AssumptionsDoc): { years: number[] } & Record<string, unknown> {
  const years = yearsOf(doc);
  const strip = (value: unknown): unknown => {
    if (isAssumptionNode(value)) return isSeriesNode(value) ? years.map((y) => value.values[String(y)]!) : value.value;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, strip(v)]));
    return value;
  };
  const { years: _horizon, $schema: _schema, ...rest } = doc as Record<string, unknown>;
  return { years, ...(strip(rest) as Record<string, unknown>) };
}
