import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getChart } from '../../../packages/engine/src/charts/registry';
import { renderChart } from '../../../packages/engine/src/charts/render';
import { decimalYear } from '../../../src/charts/figures/timeline';
import type { ChartContext } from '../../../packages/engine/src/charts/types';
import { loadVintage } from '../../../packages/engine/src/data/load';
import { buildFacts } from '../../../src/facts';
import { runModel } from '../../../src/model/project';

const vintage = loadVintage(resolve('data/vintages/2026-11'));
const results = runModel(vintage.inputs);
const ctx: ChartContext = { results, facts: buildFacts(results, vintage.inputs), timeline: vintage.timeline };

const NEW_FIGURES = [
  'fig-watts-per-port',
  'fig-revenue-by-speed',
  'fig-scale-out-mix',
  'fig-adoption-by-segment',
  'fig-addressable-bandwidth',
  'fig-asp-path',
  'fig-vendor-timeline',
];

describe('charts/report figures', () => {
  for (const id of NEW_FIGURES) {
    it(`${id} renders to labelled SVG with a caption and a data table`, async () => {
      const chart = await renderChart(getChart(id), ctx);
      expect(chart.svg).toMatch(/^<svg[^>]*role="img"/);
      expect(chart.svg).toContain(`${id}-title`);
      expect(chart.caption.length).toBeGreaterThan(40);
      expect(chart.caption).not.toMatch(/NaN|undefined|n\/a/);
      expect(chart.description).not.toMatch(/NaN|undefined/);
      expect(chart.table.rows.length).toBeGreaterThan(0);
    });
  }

  it('revenue by speed adds up to total revenue each year', () => {
    const data = getChart('fig-revenue-by-speed').data(ctx);
    results.years.forEach((year, i) => {
      const sum = data.rows.filter((r) => r.year === year).reduce((a, r) => a + (r.value as number), 0);
      expect(sum).toBeCloseTo(results.total.cpoRevenueUsd[i]!, 0);
    });
  });

  it('the scale-out mix sums to one each year and shows pluggables ahead of CPO in every year', () => {
    const data = getChart('fig-scale-out-mix').data(ctx);
    for (const year of results.years) {
      const rows = data.rows.filter((r) => r.year === year);
      expect(rows.reduce((a, r) => a + (r.value as number), 0)).toBeCloseTo(1, 12);
      const cpo = rows.find((r) => r.series === 'CPO')!.value as number;
      expect(cpo).toBeLessThan(1 - cpo);
    }
  });

  it('the timeline has one row per event, in date order, with its source', () => {
    const data = getChart('fig-vendor-timeline').data(ctx);
    expect(data.rows).toHaveLength(vintage.timeline.length);
    const years = data.rows.map((r) => r.year as number);
    expect([...years].sort((a, b) => a - b)).toEqual(years);
    expect(data.rows.every((r) => typeof r.source === 'string' && r.source.length > 0)).toBe(true);
  });

  it('the timeline says so when a vintage has no events', () => {
    expect(getChart('fig-vendor-timeline').caption({ ...ctx, timeline: [] })).toMatch(/No dated events/);
  });

  it('decimalYear places partial dates at the start of their period', () => {
    expect(decimalYear('2026')).toBe(2026);
    expect(decimalYear('2026-07')).toBeCloseTo(2026 + 181 / 365, 10);
    expect(decimalYear('2024-12-31')).toBeCloseTo(2024 + 365 / 366, 10);
  });
});

describe('charts/log-axis decades', () => {
  it('spans the data with one power of ten per decade, ignoring zeros', async () => {
    const { decades } = await import('../../../src/charts/figures/market');
    expect(decades([0, 2e7, 3.1e9])).toEqual([1e7, 1e8, 1e9, 1e10]);
    expect(decades([0])).toEqual([]);
  });
});
