import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import type { OutputProblem } from './site';

let validator: ValidateFunction | undefined;

/** The JSON Schema that ships with the installed vega-lite (the version that rendered the charts). */
function vegaLiteValidator(): ValidateFunction {
  if (!validator) {
    const schema = JSON.parse(readFileSync(resolve('node_modules/vega-lite/build/vega-lite-schema.json'), 'utf8'));
    // The Vega-Lite schema uses union types and annotations that Ajv's strict mode rejects; it is not ours to change.
    const ajv = new Ajv({ strict: false, allowUnionTypes: true });
    // The formats the schema names; a spec's URLs and colours are checked, not ignored.
    ajv.addFormat('uri', (s: string) => URL.canParse(s));
    ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'https://example.org/'));
    ajv.addFormat('color-hex', /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i);
    validator = ajv.compile(schema);
  }
  return validator;
}

/** Validates a published .vl.json against the Vega-Lite JSON Schema. */
export function checkVegaLiteSpec(dir: string, file: string): OutputProblem[] {
  let spec: unknown;
  try {
    spec = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  } catch (e) {
    return [{ file, message: `not valid JSON: ${(e as Error).message}` }];
  }
  const validate = vegaLiteValidator();
  if (validate(spec)) return [];
  // Without allErrors (which makes compiling the large schema twice as slow) Ajv reports the first failures;
  // anyOf produces one per branch, and the deepest paths are the informative ones.
  const errors = (validate.errors ?? []).slice().sort((a, b) => b.instancePath.length - a.instancePath.length).slice(0, 5);
  return errors.map((e) => ({ file, message: `does not match the Vega-Lite schema at ${e.instancePath || '/'}: ${e.message}` }));
}
