import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getChart } from '../../src/charts/registry';
import { renderChart } from '../../src/charts/render';
import { updateLock, writeLock } from '../../src/data/lock';
import { makeFixture, type BuildRun, type Fixture } from '../helpers/fixture';

/** The real build script against a fixture, like buildFixture but without blocking vitest's worker for minutes. */
function buildFixture(f: Fixture): Promise<BuildRun> {
  return new Promise((ok) => {
    const child = spawn(process.execPath, [join('node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts', '--out', f.outDir], {
      env: { ...process.env, REPORT_DATA_DIR: f.dataDir, REPORT_CONTENT_DIR: f.contentDir, ASTRO_TELEMETRY_DISABLED: '1', REPORT_COMMIT: 'fixture' },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (status) => ok({ status, output }));
  });
}

const lightSvg = (html: string, id: string) => html.match(new RegExp(`<svg[^>]*aria-labelledby="${id}-light-title[\\s\\S]*?</svg>`))?.[0];

describe('build/chart render cache', () => {
  // Two builds, each possibly queued behind another test's build (builds in one checkout take turns).
  it('a rebuild after a data edit redraws the affected charts from the new data and reuses the rest', { timeout: 400_000 }, async () => {
    const f = makeFixture();
    process.env.REPORT_CHART_CACHE = mkdtempSync(join(tmpdir(), 'report-chart-cache-'));
    // The latest vintage's archive page shows every figure it can draw.
    const page = () => readFileSync(join(f.outDir, 'v/2026-11/index.html'), 'utf8');

    const first = await buildFixture(f);
    expect(first.status, first.output).toBe(0);
    // Fresh cache: charts are drawn (identical figures of two vintages may already share an entry).
    expect(first.output).toMatch(/charts: [1-9]\d* drawn/);
    const before = page();

    f.editJson('data/vintages/2026-11/assumptions.json', (doc) => {
      doc.pricing.cpoAspUsdPer800gEq.value *= 2;
    });
    writeLock(f.dataDir, updateLock(f.dataDir, ['2026-11'], f.root).text); // a deliberate correction of a published vintage
    const second = await buildFixture(f);
    expect(second.status, second.output).toBe(0);
    expect(second.output).toMatch(/charts: [1-9]\d* drawn, [1-9]\d* from cache/);
    const after = page();

    // Prices drive revenue, not power: the revenue chart is redrawn, the power chart is reused as is.
    expect(lightSvg(after, 'fig-market-by-segment')).not.toBe(lightSvg(before, 'fig-market-by-segment'));
    expect(lightSvg(after, 'fig-energy-per-bit')).toBe(lightSvg(before, 'fig-energy-per-bit'));

    // And the redrawn chart is exactly what an uncached render of the edited data gives.
    process.env.REPORT_DATA_DIR = f.dataDir;
    const { getReport } = await import('../../src/report/context');
    const fresh = await renderChart(getChart('fig-market-by-segment'), getReport('2026-11').chartContext);
    expect(after).toContain(fresh.svg.light);
  });
});
