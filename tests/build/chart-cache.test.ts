import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getChart } from '../../src/charts/registry';
import { renderChart } from '../../src/charts/render';
import { loadVintage } from '../../src/data/load';
import { updateLock, writeLock } from '../../src/data/lock';
import { buildFacts } from '../../src/model/facts';
import { runModel } from '../../src/model/project';
import { buildFixtureAsync, makeFixture } from '../helpers/fixture';

const lightSvg = (html: string, id: string) => html.match(new RegExp(`<svg[^>]*aria-labelledby="${id}-light-title[\\s\\S]*?</svg>`))?.[0];

describe('build/chart render cache', () => {
  it('a rebuild after a data edit redraws the affected charts from the new data and reuses the rest', async () => {
    const f = makeFixture();
    process.env.REPORT_CHART_CACHE = mkdtempSync(join(tmpdir(), 'report-chart-cache-'));
    const page = () => readFileSync(join(f.outDir, 'executive-summary/index.html'), 'utf8');

    const first = await buildFixtureAsync(f);
    expect(first.status, first.output).toBe(0);
    // A cold cache draws everything; a figure identical in two vintages is drawn once and then reused.
    expect(first.output).toMatch(/charts: [1-9]\d* drawn, \d+ from cache/);
    const before = page();

    f.editJson('data/vintages/2026-11/assumptions.json', (doc) => {
      doc.pricing.cpoAspUsdPer800gEq.value *= 2;
    });
    // The fixture's 2026-11 is published and locked: record the edit as a deliberate relock.
    writeLock(f.dataDir, updateLock(f.dataDir, ['2026-11']).text);
    const second = await buildFixtureAsync(f);
    expect(second.status, second.output).toBe(0);
    expect(second.output).toMatch(/charts: [1-9]\d* drawn, [1-9]\d* from cache/);
    const after = page();

    // Prices drive revenue, not power: the revenue chart is redrawn, the power chart is reused as is.
    expect(lightSvg(after, 'fig-market-by-segment')).not.toBe(lightSvg(before, 'fig-market-by-segment'));
    expect(lightSvg(after, 'fig-energy-per-bit')).toBe(lightSvg(before, 'fig-energy-per-bit'));

    // And the redrawn chart is exactly what an uncached render of the edited data gives.
    const results = runModel(loadVintage(join(f.dataDir, 'vintages/2026-11')).inputs);
    const fresh = await renderChart(getChart('fig-market-by-segment'), { results, facts: buildFacts(results) });
    expect(after).toContain(fresh.svg.light);
  });
});
