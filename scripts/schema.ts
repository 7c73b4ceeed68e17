/** npm run schema: writes the JSON Schema of each vintage file to data/schema/, generated from the zod schemas. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { AssumptionsFile, SourcesFile, TimelineFile, UncertaintyFile, VintageMeta } from '../src/data/schema';

const OUT = 'data/schema';
mkdirSync(OUT, { recursive: true });
const schemas = {
  'assumptions.schema.json': AssumptionsFile,
  'sources.schema.json': SourcesFile,
  'vintage.schema.json': VintageMeta,
  'timeline.schema.json': TimelineFile,
  'uncertainty.schema.json': UncertaintyFile,
};
for (const [file, schema] of Object.entries(schemas)) {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' });
  writeFileSync(`${OUT}/${file}`, JSON.stringify(json, null, 2) + '\n');
  console.log(`wrote ${OUT}/${file}`);
}
