import { describe, expect, it } from 'vitest';
import { defineReport } from '../../../packages/engine/src/index';
import { engineRoutes } from '../../../packages/engine/src/integration';
import cpo from '../../../src/report';
import { minimalReportConfig } from '../../helpers/minimal-report';

const minimal = minimalReportConfig;

describe('defineReport', () => {
  it('fills in the documented defaults', () => {
    const r = defineReport(minimal());
    // No default address: a production build without one fails (plugins/require-site.ts).
    expect(r.site).toEqual({ base: '/', outDir: 'dist' });
    expect(r.paths).toEqual({ data: 'data', content: 'content' });
    expect(r.subtitle).toBe('');
    expect(r.tables).toEqual({});
    expect(r.specs).toBe('charts');
    expect(r.uncertainty).toBeUndefined();
    expect(r.copy.timelineCaption).toBe('Dated events');
  });

  it('the default toInputs strips provenance and turns series into arrays over the horizon', () => {
    const r = defineReport(minimal());
    const doc = {
      years: { start: 2024, end: 2026 },
      units: { label: 'Units', unit: 'count', value: 5, rationale: 'a guess' },
      prices: { base: { label: 'Price', unit: 'USD', values: { '2024': 3, '2025': 2, '2026': 1 }, rationale: 'falls' } },
    };
    expect(r.toInputs(doc)).toEqual({ years: [2024, 2025, 2026], units: 5, prices: { base: [3, 2, 1] } });
  });

  it('names every invalid field in one error', () => {
    const bad = { ...minimal(), title: '', run: 'not a function', headline: [] } as never;
    expect(() => defineReport(bad)).toThrow(/title[\s\S]*run: expected run\(inputs\) \(a function\)[\s\S]*headline/);
  });

  it('refuses two charts with one id', () => {
    const chart = { id: 'fig-a', title: 'A', caption: () => '', description: () => '', data: () => ({ columns: [], rows: [] }), spec: () => ({}) };
    expect(() => defineReport({ ...minimal(), charts: [chart, chart] })).toThrow(/two charts share the id "fig-a"/);
  });

  it('the CPO report satisfies it', () => {
    expect(cpo.charts.length).toBeGreaterThan(10);
    expect(cpo.headline).toContain('crossover.year');
  });
});

describe('forecastReport integration routes', () => {
  it('injects every engine page at the path its file names, and no underscore component', () => {
    const patterns = engineRoutes().map((r) => r.pattern);
    expect(patterns).toEqual(
      expect.arrayContaining([
        '/',
        '/[chapter]',
        '/404',
        '/print',
        '/search',
        '/sources',
        '/figures',
        '/og-image.png',
        '/favicon.svg',
        '/data',
        '/data/build.json',
        '/data/[vintage]',
        '/data/[vintage]/[file]',
        '/data/[vintage]/charts/[chart].csv',
        '/revisions',
        '/revisions/[vintage]',
        '/v/[vintage]',
      ]),
    );
    expect(patterns.some((p) => p.includes('_'))).toBe(false);
  });
});
