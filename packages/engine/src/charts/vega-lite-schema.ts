import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

/** The most specific reason a spec fails the Vega-Lite JSON Schema. */
export interface SchemaProblem {
  path: (string | number)[];
  message: string;
  value?: unknown;
  /** The allowed values, when the schema lists them (for "did you mean"). */
  allowed?: string[];
}

const AJV_OPTIONS = { allErrors: true, strict: false, allowUnionTypes: true, logger: false } as const;
let validate: ValidateFunction | undefined;

/**
 * Compiling the Vega-Lite schema takes about a second on every process that validates a spec file (each build,
 * each `validate`). The compiled validator is kept as standalone code in node_modules/.cache, keyed by the
 * schema's and Ajv's contents, so only the first process after an upgrade pays for it.
 */
function validator(): ValidateFunction {
  if (validate) return validate;
  const require = createRequire(import.meta.url);
  const schemaText = readFileSync(require.resolve('vega-lite/vega-lite-schema.json'), 'utf8');
  const ajvPackage = require.resolve('ajv/package.json');
  const key = createHash('sha256').update(schemaText).update(readFileSync(ajvPackage)).update(JSON.stringify(AJV_OPTIONS)).digest('hex').slice(0, 16);
  // Beside the packages, so the compiled code's own `require("ajv/dist/runtime/…")` calls resolve.
  const cacheFile = join(dirname(dirname(ajvPackage)), '.cache', 'forecast-report', `vega-lite-validator-${key}.cjs`);
  if (existsSync(cacheFile)) {
    try {
      return (validate = require(cacheFile) as ValidateFunction);
    } catch {
      // A damaged cache file is compiled again below.
    }
  }
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true } });
  validate = ajv.compile(JSON.parse(schemaText));
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    const partial = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(partial, standaloneCode(ajv, validate));
    renameSync(partial, cacheFile);
  } catch {
    // A read-only node_modules only costs the next process the compile.
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
  const allowed = deepest.flatMap((l) =>
    l.e.keyword === 'enum'
      ? (l.e.params as { allowedValues: unknown[] }).allowedValues.map(String)
      : l.e.keyword === 'const'
        ? [String((l.e.params as { allowedValue: unknown }).allowedValue)]
        : [],
  );
  const message =
    best.e.keyword === 'additionalProperties'
      ? `unknown property "${String(best.path[best.path.length - 1])}"`
      : allowed.length
        ? `${JSON.stringify(value)} is not one of ${[...new Set(allowed)]
            .slice(0, 12)
            .map((a) => JSON.stringify(a))
            .join(', ')}`
        : (best.e.message ?? 'invalid');
  return { path: best.path, message, value, ...(allowed.length ? { allowed: [...new Set(allowed)] } : {}) };
}
