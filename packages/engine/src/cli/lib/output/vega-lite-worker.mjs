// Validates Vega-Lite specs against the schema in a worker thread: compiling the large schema takes seconds of
// CPU, and a test worker that blocks its event loop that long loses contact with its runner.
// Plain JavaScript so it runs in a worker without a TypeScript loader.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import AjvModule from 'ajv';

const Ajv = AjvModule.Ajv ?? AjvModule.default ?? AjvModule;
const { schemaPath, dir, files } = workerData;

const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
// The Vega-Lite schema uses union types and annotations that Ajv's strict mode rejects; it is not ours to change.
const ajv = new Ajv({ strict: false, allowUnionTypes: true });
// The formats the schema names; a spec's URLs and colours are checked, not ignored.
ajv.addFormat('uri', (s) => URL.canParse(s));
ajv.addFormat('uri-reference', (s) => URL.canParse(s, 'https://example.org/'));
ajv.addFormat('color-hex', /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i);
const validate = ajv.compile(schema);

const problems = [];
for (const file of files) {
  let spec;
  try {
    spec = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  } catch (e) {
    problems.push({ file, message: `not valid JSON: ${e.message}` });
    continue;
  }
  if (validate(spec)) continue;
  // Without allErrors (which makes compiling the schema twice as slow) Ajv reports the first failures; anyOf
  // produces one per branch, and the deepest paths are the informative ones.
  const errors = [...(validate.errors ?? [])].sort((a, b) => b.instancePath.length - a.instancePath.length).slice(0, 5);
  for (const e of errors)
    problems.push({
      file,
      message: `does not match the Vega-Lite schema at ${e.instancePath || '/'}: ${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ''}`,
    });
}
parentPort.postMessage(problems);
