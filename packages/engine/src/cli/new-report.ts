/**
 * forecast-report new-report <dir> [--title "…"] [--vintage YYYY-MM] [--date YYYY-MM-DD]
 *
 * Scaffolds a minimal report that builds and passes its own tests as written: the config (src/report.ts), a schema
 * with two sourced assumptions, a one-equation model (units = base × (1 + growth)^(year − start)), its facts, one
 * chart, one chapter, one published and locked vintage with its sources, and a test of the model. Refuses to write
 * into a folder that is not empty. docs/writing-a-report.md walks on from here to a second vintage.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { lockVintages } from './lib/record-outputs';
import { useReport } from '../report/current';

export interface ScaffoldOptions {
  title: string;
  vintage: string;
  /** Publication date of the first vintage, YYYY-MM-DD. */
  date: string;
  /** First and last year of the horizon. */
  start: number;
  end: number;
}

/** The files of a new report, by path relative to its folder. Pure: `scaffold` writes them. */
export function scaffoldFiles(o: ScaffoldOptions): Record<string, string> {
  const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
  return {
    'astro.config.mjs': `import { defineConfig } from 'astro/config';
import { forecastReport } from '@forecast-report/engine/integration';
import report from './src/report.ts';

// The engine injects its pages, MDX and plugins; everything about this report is in src/report.ts.
export default defineConfig({
  integrations: [forecastReport(report)],
});
`,
    'src/content.config.ts': `// The chapters collection (content/chapters/*.mdx).
export { collections } from '@forecast-report/engine/content';
`,
    'src/schema.ts': `import { z } from 'zod';
import { Horizon, scalar } from '@forecast-report/engine';

/** assumptions.json: the horizon and two assumptions, each with a source or a rationale. */
export const Assumptions = z.strictObject({
  $schema: z.string().optional(),
  years: Horizon,
  baseUnits: scalar('positive'),
  annualGrowth: scalar('fraction'),
});
export type Assumptions = z.infer<typeof Assumptions>;
`,
    'src/model.ts': `/** What the model takes: the assumptions without provenance (the engine's default toInputs). */
export interface Inputs {
  years: number[];
  baseUnits: number;
  annualGrowth: number;
}

export interface Results {
  years: number[];
  units: number[];
}

/** One equation: units grow from the base year's value at a constant annual rate. */
export function run(inputs: Inputs): Results {
  const start = inputs.years[0]!;
  return { years: inputs.years, units: inputs.years.map((y) => inputs.baseUnits * (1 + inputs.annualGrowth) ** (y - start)) };
}
`,
    'src/facts.ts': `import { FactRegistry, seriesCagr } from '@forecast-report/engine';
import type { Inputs, Results } from './model';

/** The named numbers chapters may show with <Value name="…" />. */
export function facts(r: Results, inputs: Inputs): FactRegistry {
  const f = new FactRegistry();
  const first = r.years[0]!;
  const last = r.years[r.years.length - 1]!;
  f.add('years.start', first, 'year', 'First year of the forecast');
  f.add('years.end', last, 'year', 'Last year of the forecast');
  r.years.forEach((year, i) => f.add(\`units.\${year}\`, r.units[i]!, 'count', \`Units sold, \${year}\`));
  f.add(\`cagr.\${first}_\${last}\`, seriesCagr(r.years, r.units, first, last), 'growth', \`CAGR \${first}–\${last} of units sold\`);
  f.add('assumption.annualGrowth', inputs.annualGrowth, 'growth', 'Assumed annual growth');
  return f;
}
`,
    'src/charts.ts': `import { axisFor, size, yearAxis, yearSeries, type ChartDefinition } from '@forecast-report/engine';
import type { Results } from './model';

/** Units sold by year: the report's one figure. */
export const unitsByYear: ChartDefinition<Results> = {
  id: 'fig-units',
  title: 'Units sold by year',
  caption: (ctx) => \`Units sold grow from \${ctx.facts.get(\`units.\${ctx.results.years[0]}\`).text} to \${ctx.facts.get(\`units.\${ctx.results.years.at(-1)}\`).text}.\`,
  description: (ctx) => \`Line chart of units sold by year: \${ctx.results.years.map((y, i) => \`\${y} \${Math.round(ctx.results.units[i]!)}\`).join(', ')}.\`,
  data: (ctx) => yearSeries(ctx.results.years, [{ label: 'Units', values: ctx.results.units }], 'Units sold', 'count'),
  spec: () => ({
    ...size,
    mark: { type: 'line', point: true },
    encoding: {
      x: yearAxis,
      y: { field: 'value', type: 'quantitative', title: 'Units sold', axis: axisFor('count') },
    },
  }),
};
`,
    'src/report.ts': `/** This report as the engine sees it; every field and its default is documented in @forecast-report/engine. */
import { defineReport } from '@forecast-report/engine';
import { unitsByYear } from './charts';
import { facts } from './facts';
import { run } from './model';
import { Assumptions } from './schema';

export default defineReport({
  title: ${JSON.stringify(o.title)},
  description: 'a forecast of units sold, built from sourced assumptions.',
  // Where the site will be published: canonical links, the sitemap and the PDF's links use it. Replace it.
  site: { url: 'https://reports.example.com/' },
  assumptions: Assumptions,
  run,
  facts,
  charts: [unitsByYear],
  headline: ['units.{end}', 'cagr.${o.start}_{end}'],
  revision: { series: (r) => r.units, label: 'units sold', unit: 'count', noun: 'units sold', subject: 'the forecast' },
});
`,
    'content/chapters/01-overview.mdx': `---
title: Overview
order: 1
description: What the forecast says and what it rests on.
---

Units sold reach <Value name="units.${o.end}" /> in ${o.end}, a compound growth of <Value name="cagr.${o.start}_${o.end}" /> a year
from <Value name="units.${o.start}" /> in ${o.start}.

<Chart id="fig-units" />

The forecast assumes growth of <Value name="assumption.annualGrowth" /> a year <Cite id="example-source" />.
`,
    [`data/vintages/${o.vintage}/vintage.json`]: json({
      $schema: '../../schema/vintage.schema.json',
      id: o.vintage,
      title: o.title,
      published: o.date,
      status: 'published',
      format: 2,
      summary: 'First forecast.',
    }),
    [`data/vintages/${o.vintage}/assumptions.json`]: json({
      years: { start: o.start, end: o.end },
      baseUnits: { label: `Units sold in ${o.start}`, unit: 'count', value: 1000, source: 'example-source', note: 'Replace with a sourced figure.' },
      annualGrowth: {
        label: 'Annual growth of units sold',
        unit: 'fraction',
        value: 0.1,
        rationale: 'A placeholder: replace with a sourced rate or explain the choice.',
      },
    }),
    [`data/vintages/${o.vintage}/sources.json`]: json({
      sources: [
        {
          id: 'example-source',
          publisher: 'Example publisher',
          title: 'Replace with the document that states the base-year figure',
          date: o.date.slice(0, 4),
          kind: 'primary',
          quote: 'Replace with the passage of the document that states the base-year figure.',
        },
      ],
    }),
    'vitest.config.ts': `import { defineConfig } from 'vitest/config';

// The report's own tests: npx vitest run --root <this folder>
export default defineConfig({ test: { include: ['tests/**/*.test.ts'] } });
`,
    'tests/model.test.ts': `import { describe, expect, it } from 'vitest';
import { run } from '../src/model';

describe('model', () => {
  it('grows units at the assumed rate, starting from the base value', () => {
    const r = run({ years: [2025, 2026, 2027], baseUnits: 100, annualGrowth: 0.5 });
    expect(r.units).toEqual([100, 150, 225]);
  });
});
`,
  };
}

/** Writes a new report into `dir` (which must be empty or absent) and locks its first vintage. Returns the paths written. */
export async function scaffold(dir: string, options: ScaffoldOptions): Promise<string[]> {
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new Error(`${dir} is not empty; new-report writes into a new or empty folder`);
  const files = scaffoldFiles(options);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  // A published vintage is locked: the lock is written once here, as `npm run lock` would.
  const cwd = process.cwd();
  try {
    process.chdir(dir);
    const { pathToFileURL } = await import('node:url');
    useReport((await import(pathToFileURL(resolve('src/report.ts')).href)).default);
    // Locking records the vintage's outputs too, so the first build already guards them.
    lockVintages(resolve('data'));
  } finally {
    process.chdir(cwd);
  }
  return [...Object.keys(files), 'data/vintages.lock.json'];
}

export async function newReportCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { title: { type: 'string', default: 'A new forecast' }, vintage: { type: 'string' }, date: { type: 'string' } },
  });
  const dir = positionals[0];
  if (!dir || positionals.length > 1) {
    console.error('usage: npm run new-report -- <dir> [--title "…"] [--vintage YYYY-MM] [--date YYYY-MM-DD]');
    return 2;
  }
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  const vintage = values.vintage ?? date.slice(0, 7);
  const year = Number(vintage.slice(0, 4));
  const written = await scaffold(resolve(dir), { title: values.title!, vintage, date, start: year, end: year + 5 });
  console.log(`Wrote a new report to ${relative(process.cwd(), resolve(dir)) || '.'}/:\n${written.map((f) => `  ${f}`).join('\n')}`);
  console.log(`Build it: npm run build -- --root ${dir}; test it: npx vitest run --root ${dir}. Next steps: docs/writing-a-report.md`);
  return 0;
}
