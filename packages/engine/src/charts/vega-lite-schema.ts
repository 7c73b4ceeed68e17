import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';

/** The most specific reason a spec fails the Vega-Lite JSON Schema. */
export interface SchemaProblem {
  path: (string | number)[];
  message: string;
  value?: unknown;
  /** The allowed values, when the schema lists them (for "did you mean"). */
  allowed?: string[];
}

let validate: ValidateFunction | undefined;

/** Compiled on first use (about 3 s): only reports with spec files pay for it. */
function validator(): ValidateFunction {
  if (!validate) {
    const schemaFile = createRequire(import.meta.url).resolve('vega-lite/vega-lite-schema.json');
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true, logger: false });
    validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
  }
  return validate;
}

const pathOf = (e: ErrorObject) =>
  e.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));

/**
 * The schema is a large anyOf: a wrong value deep inside a spec fails every branch. The error at the
 * deepest position is the one that names the author's mistake; an unknown property is reported at its own key.
 */
export function validateVegaLite(spec: unknown): SchemaProblem | undefined {
  const check = validator();
  if (check(spec)) return undefined;
  const errors = check.errors ?? [];
  const located = errors.map((e) => {
    const path = pathOf(e);
    if (e.keyword === 'additionalProperties') path.push(String((e.params as { additionalProperty: string }).additionalProperty));
    return { e, path };
  });
  const depth = Math.max(...located.map((l) => l.path.length));
  const deepest = located.filter((l) => l.path.length === depth);
  // Prefer a closed list of values (a misspelt mark or type) over "must be object" from another branch.
  const best = deepest.find((l) => l.e.keyword === 'enum') ?? deepest.find((l) => l.e.keyword === 'additionalProperties') ?? deepest[0]!;
  const value = best.path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], spec);
  const allowed = deepest.flatMap((l) => (l.e.keyword === 'enum' ? ((l.e.params as { allowedValues: unknown[] }).allowedValues.map(String)) : l.e.keyword === 'const' ? [String((l.e.params as { allowedValue: unknown }).allowedValue)] : []));
  const message =
    best.e.keyword === 'additionalProperties'
      ? `unknown property "${String(best.path[best.path.length - 1])}"`
      : allowed.length
        ? `${JSON.stringify(value)} is not one of ${[...new Set(allowed)].slice(0, 12).map((a) => JSON.stringify(a)).join(', ')}`
        : (best.e.message ?? 'invalid');
  return { path: best.path, message, value, ...(allowed.length ? { allowed: [...new Set(allowed)] } : {}) };
}
