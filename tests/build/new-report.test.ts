import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkOutput, type OutputReport } from '../../packages/engine/src/cli/lib/output/index';
import { formatOutputProblem } from '../../packages/engine/src/cli/lib/output/site';

/**
 * `npm run new-report -- <dir>` scaffolds a report that builds, passes its own tests and publishes valid pages as
 * written. The folder lives inside the project (as a new author's would), so it resolves the engine from node_modules.
 */
const CLI = resolve('packages/engine/src/cli/index.ts');
const TSX = resolve('node_modules/tsx/dist/cli.mjs');
let dir: string;

function run(args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; output: string }> {
  return new Promise((done, failed) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', REPORT_PDF: '0', REPORT_COMMIT: 'fixture', ...env } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', failed);
    child.on('close', (status) => done({ status, output }));
  });
}

let scaffolded: { status: number | null; output: string };
let built: { status: number | null; output: string };
let report: OutputReport;
beforeAll(async () => {
  mkdirSync(resolve('.build/fixtures'), { recursive: true });
  dir = join(mkdtempSync(resolve('.build/fixtures/new-report-')), 'widgets');
  scaffolded = await run([TSX, CLI, 'new-report', dir, '--title', 'Widget outlook', '--date', '2026-11-20']);
  // The build writes into the report's own dist/, as it would for the author.
  built = await run([TSX, CLI, 'build', '--root', dir]);
  if (built.status === 0) report = await checkOutput(join(dir, 'dist'), 'https://example.org/');
}, 600_000);
afterAll(() => rmSync(dirname(dir), { recursive: true, force: true }));
const dirname = (p: string) => resolve(p, '..');

describe('build/new-report: a scaffolded report works on the first try', () => {
  it('scaffolds the config, schema, model, chart, chapter and one locked vintage', () => {
    expect(scaffolded.status, scaffolded.output).toBe(0);
    for (const f of [
      'astro.config.mjs',
      'src/report.ts',
      'src/schema.ts',
      'src/model.ts',
      'src/charts.ts',
      'content/chapters/01-overview.mdx',
      'data/vintages/2026-11/assumptions.json',
      'data/vintages/2026-11/sources.json',
      'data/vintages.lock.json',
    ]) {
      expect(existsSync(join(dir, f)), f).toBe(true);
    }
  });

  it('builds with the engine from --root, and its chapter shows the model numbers and the chart', () => {
    expect(built.status, built.output).toBe(0);
    const page = readFileSync(join(dir, 'dist/overview/index.html'), 'utf8');
    // 1000 units growing 10% a year for five years: 1000 × 1.1^5 = 1610.51, shown as "1.61K".
    expect(page.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ')).toContain('Units sold reach 1.61K in 2031');
    expect(page).toMatch(/<figure[^>]+id="fig-units"/);
    expect(existsSync(join(dir, 'dist/data/2026-11/charts/fig-units.csv'))).toBe(true);
  });

  it('publishes valid pages: HTML, links, SVG, CSV and Vega-Lite all check out', () => {
    expect(report.counts.pages).toBeGreaterThanOrEqual(8);
    for (const check of Object.keys(report.problems) as (keyof OutputReport['problems'])[])
      expect(report.problems[check].map(formatOutputProblem), check).toEqual([]);
  });

  it('passes its own tests', async () => {
    const r = await run([resolve('node_modules/vitest/vitest.mjs'), 'run', '--root', dir]);
    expect(r.status, r.output).toBe(0);
    expect(r.output).toMatch(/1 passed/);
  });

  it('refuses to scaffold into a folder that is not empty', async () => {
    const r = await run([TSX, CLI, 'new-report', dir]);
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('is not empty');
  });
});
