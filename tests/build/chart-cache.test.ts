import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getChart } from '../../packages/engine/src/charts/registry';
import { renderChart } from '../../packages/engine/src/charts/render';
import { lockVintages } from '../../packages/engine/src/cli/lib/record-outputs';
import { buildFixtureAsync, makeFixture, BUILD_TEST_TIMEOUT_MS } from '../helpers/fixture';

const lightSvg = (html: string, id: string) => html.match(new RegExp(`<svg[^>]*aria-labelledby="[^"]*-${id}-title[\\s\\S]*?</svg>`))?.[0];

describe('build/chart render cache', () => {
  // The test points the build and the report context at its fixture through the environment; put it back.
  const saved = { REPORT_CHART_CACHE: process.env.REPORT_CHART_CACHE, REPORT_DATA_DIR: process.env.REPORT_DATA_DIR };
  afterEach(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  // Two builds, each possibly queued behind another test's build (builds in one checkout take turns).
  it('a rebuild after a data edit redraws the affected charts from the new data and reuses the rest', { timeout: 2 * BUILD_TEST_TIMEOUT_MS }, async () => {
    const f = makeFixture();
    process.env.REPORT_CHART_CACHE = mkdtempSync(join(tmpdir(), 'report-chart-cache-'));
    // The latest vintage's archive page shows every figure it can draw.
    const page = () => readFileSync(join(f.outDir, 'v/2026-11/index.html'), 'utf8');

    const first = await buildFixtureAsync(f);
    expect(first.status, first.output).toBe(0);
    // A cold cache draws everything; a figure identical in two vintages is drawn once and then reused.
    expect(first.output).toMatch(/charts: [1-9]\d* drawn, \d+ from cache/);
    const before = page();

    f.editJson('data/vintages/2026-11/assumptions.json', (doc) => {
      doc.pricing.cpoAspUsdPer800gEq.value *= 2;
    });
    // The fixture's 2026-11 is published and locked: record the edit as a deliberate relock.
    lockVintages(f.dataDir, ['2026-11'], f.root);
    const second = await buildFixtureAsync(f);
    expect(second.status, second.output).toBe(0);
    expect(second.output).toMatch(/charts: [1-9]\d* drawn, [1-9]\d* from cache/);
    const after = page();

    // Prices drive revenue, not power: the revenue chart is redrawn, the power chart is reused as is.
    expect(lightSvg(after, 'fig-market-by-segment')).not.toBe(lightSvg(before, 'fig-market-by-segment'));
    expect(lightSvg(after, 'fig-energy-per-bit')).toBe(lightSvg(before, 'fig-energy-per-bit'));

    // And the redrawn chart is exactly what an uncached render of the edited data gives.
    process.env.REPORT_DATA_DIR = f.dataDir;
    const { getReport } = await import('../../packages/engine/src/report/context');
    const fresh = await renderChart(getChart('fig-market-by-segment'), getReport('2026-11').chartContext, 'v2026-11-');
    expect(after).toContain(fresh.svg);
  });
});
