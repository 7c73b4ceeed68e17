import type { ChartData, ChartDefinition } from '../types';

/**
 * Bench only (scripts/bench): `count` generated figures, each a real figure's spec drawn over its data
 * scaled by a factor unique to the copy. Every copy has a distinct spec, so a synthetic report with
 * 1,000 figures costs 1,000 real renders instead of 7 renders served from memory.
 * The registry adds them only when REPORT_SYNTHETIC_CHARTS is set; the report never shows them.
 */
export function syntheticCharts(count: number, bases: readonly ChartDefinition[]): ChartDefinition[] {
  if (!Number.isInteger(count) || count <= 0 || bases.length === 0) return [];
  return Array.from({ length: count }, (_, i) => {
    const base = bases[i % bases.length]!;
    const factor = 1 + (i + 1) / 1000;
    const scale = (data: ChartData): ChartData => {
      const scaled = new Set(data.columns.filter((c) => c.unit && c.unit !== 'year' && c.key !== 'year').map((c) => c.key));
      return {
        columns: data.columns,
        rows: data.rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, scaled.has(k) && typeof v === 'number' ? v * factor : v]))),
      };
    };
    return {
      ...base,
      id: `bench-${String(i + 1).padStart(4, '0')}`,
      title: `${base.title} (synthetic ${i + 1})`,
      data: (ctx) => scale(base.data(ctx)),
    };
  });
}
