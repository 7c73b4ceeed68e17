/** forecast-report schema: writes the JSON Schema of each vintage file to <data>/schema/, generated from the zod schemas. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { SourcesFile, timelineFile, uncertaintyFile, VintageMeta } from '../data/schema';
import { currentReport } from '../report/current';
import { dataDir } from '../settings';

const report = currentReport();
const OUT = relative(process.cwd(), join(dataDir(), 'schema'));
mkdirSync(OUT, { recursive: true });
const schemas: Record<string, z.ZodType> = {
  'assumptions.schema.json': report.assumptions,
  'sources.schema.json': SourcesFile,
  'vintage.schema.json': VintageMeta,
  'timeline.schema.json': timelineFile(report.timelineFields),
  ...(report.uncertainty ? { 'uncertainty.schema.json': uncertaintyFile(report.uncertainty.events) } : {}),
};
for (const [file, schema] of Object.entries(schemas)) {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' });
  writeFileSync(`${OUT}/${file}`, JSON.stringify(json, null, 2) + '\n');
  console.log(`wrote ${OUT}/${file}`);
}
