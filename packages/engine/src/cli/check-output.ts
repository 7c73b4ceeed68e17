/**
 * npm run check:output [-- --dir dist --site https://example.org/]: checks a built site. Every page must be valid
 * HTML, every internal link and #anchor must resolve, every inline SVG must be well-formed XML, every CSV must parse
 * and match its chart's data, and every Vega-Lite spec must match the Vega-Lite schema.
 */
import { settings } from '../settings';
import { parseArgs } from 'node:util';
import { checkOutput } from './lib/output/index';
import { formatOutputProblem } from './lib/output/site';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, site: { type: 'string' } } });
const origin = values.site ?? settings.siteUrl();
if (!origin) {
  console.error('No site address: pass --site, or set site.url in the report (src/report.ts).');
  process.exit(1);
}
const site = values.site ?? new URL(settings.base(), origin).href;
const report = await checkOutput(values.dir!, site);
let total = 0;
for (const [check, problems] of Object.entries(report.problems)) {
  total += problems.length;
  console.log(`${problems.length === 0 ? '✓' : '✗'} ${check}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  for (const p of problems.slice(0, 50)) console.log(`  ${formatOutputProblem(p)}`);
}
const c = report.counts;
console.log(`Checked ${c.pages} pages, ${c.svgs} inline SVGs, ${c.csvs} CSVs, ${c.specs} Vega-Lite specs and ${c.jsons} JSON files in ${values.dir}/.`);
process.exit(total > 0 ? 1 : 0);
