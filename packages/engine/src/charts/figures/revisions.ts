/**
 * Figures of a revisions page: the old and new forecast on one chart, and the waterfall that attributes
 * the change in the target year's value of the revised series to each changed assumption. They need `ctx.revision`, so they
 * are not in the chart registry (which renders every figure for every vintage); the revisions pages
 * render them directly.
 */
import { formatValue, type Unit } from '../../format';
import { formatSigned } from '../../format/change';
import { axisFor } from '../axis';
import { pivotByYear, yearSeries } from '../data';
import type { ChartContext, ChartData, ChartDefinition, RevisionChartContext, Row } from '../types';
import { CHART_WIDTH } from '../theme';
import { currentReport } from '../../report/current';
import { size, yearAxis } from './common';

function revisionOf(ctx: ChartContext): RevisionChartContext {
  if (!ctx.revision) throw new Error('revision figures need a ChartContext with `revision` (see report/revision-context.ts)');
  return ctx.revision;
}

const lastIndex = (a: readonly unknown[]) => a.length - 1;
/** The series a revision explains and its name, from the report (`defineReport({ revision })`). */
const tracked = (r: any): readonly number[] => currentReport().revision.series(r);
const label = () => currentReport().revision.label;
const unit = (): Unit => currentReport().revision.unit as Unit;
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** Axis and column titles name the currency; other units are read from the tick labels. */
const unitNote = () => (unit() === 'usd' ? ' (USD)' : '');

export const revisionLines: ChartDefinition = {
  id: 'fig-revision-lines',
  get title() {
    return `${capitalised(label())}: new forecast against the previous one`;
  },
  caption: (ctx) => {
    const rev = revisionOf(ctx);
    const year = ctx.results.years[lastIndex(ctx.results.years)]!;
    const i = rev.previousResults.years.indexOf(year);
    const old = i >= 0 ? tracked(rev.previousResults)[i]! : null;
    const now = tracked(ctx.results)[lastIndex(ctx.results.years)]!;
    return old === null
      ? `The ${rev.currentName} forecast (solid) and the ${rev.previousName} forecast (dashed).`
      : `The ${rev.currentName} forecast (solid) puts ${year} ${label()} at ${formatValue(now, unit())}, against ${formatValue(old, unit())} in the ${rev.previousName} forecast (dashed).`;
  },
  description: (ctx) => {
    const rev = revisionOf(ctx);
    const read = (years: number[], values: readonly number[]) => years.map((y, i) => `${y} ${formatValue(values[i]!, unit())}`).join(', ');
    return `Line chart of yearly ${label()} in two forecasts. ${rev.previousName}: ${read(rev.previousResults.years, tracked(rev.previousResults))}. ${rev.currentName}: ${read(ctx.results.years, tracked(ctx.results))}.`;
  },
  data: (ctx) => {
    const rev = revisionOf(ctx);
    const years = [...new Set([...rev.previousResults.years, ...ctx.results.years])].sort((a, b) => a - b);
    const align = (r: typeof ctx.results) => years.map((y) => (r.years.includes(y) ? tracked(r)[r.years.indexOf(y)]! : Number.NaN));
    const data = yearSeries(
      years,
      [
        { label: rev.previousName, values: align(rev.previousResults) },
        { label: rev.currentName, values: align(ctx.results) },
      ],
      `${capitalised(label())}${unitNote()}`,
      unit(),
      'Forecast',
    );
    // valueText is not a column (not in the CSV or table); the end labels show it and name the line.
    const rows = data.rows.filter((r) => Number.isFinite(r.value)).map((r) => ({ ...r, valueText: `${r.series}: ${formatValue(r.value as number, unit())}` }));
    return { ...data, rows };
  },
  spec: (ctx) => {
    const rev = revisionOf(ctx);
    // The new forecast takes the first palette colour and a solid line; the old one is dashed.
    const domain = [rev.currentName, rev.previousName];
    const color = { field: 'series', type: 'nominal', title: 'Forecast', scale: { domain }, sort: domain } as const;
    return {
      ...size,
      layer: [
        {
          mark: { type: 'line', point: true },
          encoding: {
            x: yearAxis,
            y: { field: 'value', type: 'quantitative', title: `${capitalised(label())}${unitNote()}`, axis: axisFor(unit()) },
            color,
            strokeDash: { field: 'series', type: 'nominal', scale: { domain, range: [[1, 0], [5, 4]] }, legend: null },
          },
        },
        {
          // End labels name each line's last value, so the gap reads without the data table.
          transform: [{ joinaggregate: [{ op: 'max', field: 'year', as: 'lastYear' }], groupby: ['series'] }, { filter: 'datum.year === datum.lastYear' }],
          mark: { type: 'text', align: 'right', dx: -8, dy: -10, fontWeight: 600 },
          encoding: {
            x: yearAxis,
            y: { field: 'value', type: 'quantitative' },
            text: { field: 'valueText', type: 'nominal' },
            color: { ...color, legend: null },
          },
        },
      ],
    };
  },
  table: pivotByYear,
};

const KIND = { forecast: 'Forecast', increase: 'Raises the forecast', decrease: 'Lowers the forecast', residual: 'Residual' } as const;

export const revisionWaterfall: ChartDefinition = {
  id: 'fig-revision-waterfall',
  title: 'What moved the forecast: contribution of each changed assumption',
  caption: (ctx) => {
    const rev = revisionOf(ctx);
    const a = rev.attribution;
    if (!a) return 'The change cannot be attributed: the target year is outside one of the two horizons.';
    return `Each assumption is switched from its ${rev.previousName} value to its ${rev.currentName} value in turn, top to bottom; a bar is the change in ${rev.targetYear} ${label()} at that step. The bars and the residual add up to the total change of ${formatSigned(a.total, unit())}.`;
  },
  description: (ctx) => {
    const rev = revisionOf(ctx);
    const a = rev.attribution;
    if (!a) return 'No attribution: the target year is outside one of the two horizons.';
    const steps = a.contributions.map((c) => `${c.label} ${formatSigned(c.delta, unit())}`).join('; ');
    return `Waterfall chart of ${rev.targetYear} ${label()}, from ${formatValue(a.start, unit())} in the ${rev.previousName} forecast to ${formatValue(a.end, unit())} in the ${rev.currentName} forecast. Steps: ${steps || 'none'}; residual ${formatSigned(a.residual, unit())}.`;
  },
  data: (ctx) => {
    const rev = revisionOf(ctx);
    const a = rev.attribution;
    const rows: Row[] = [];
    if (a) {
      const push = (step: string, kind: string, from: number, to: number, change: number, label: string) =>
        rows.push({ order: rows.length, step, kind, from, to, change, label });
      push(`${rev.previousName} forecast`, KIND.forecast, 0, a.start, a.start, formatValue(a.start, unit()));
      for (const c of a.contributions) push(c.label, c.delta < 0 ? KIND.decrease : KIND.increase, c.before, c.after, c.delta, formatSigned(c.delta, unit()));
      const lastAfter = a.contributions.length ? a.contributions[a.contributions.length - 1]!.after : a.start;
      push('Residual', KIND.residual, lastAfter, a.end, a.residual, formatSigned(a.residual, unit()));
      push(`${rev.currentName} forecast`, KIND.forecast, 0, a.end, a.end, formatValue(a.end, unit()));
    }
    return {
      columns: [
        { key: 'step', label: 'Step' },
        { key: 'kind', label: 'Kind' },
        { key: 'from', label: `${rev.targetYear ?? ''} ${label()} before${unitNote()}`.trim(), unit: unit() },
        { key: 'to', label: `${rev.targetYear ?? ''} ${label()} after${unitNote()}`.trim(), unit: unit() },
        { key: 'change', label: `Change${unitNote()}`, unit: unit() },
      ],
      rows,
    };
  },
  spec: (ctx) => {
    const rev = revisionOf(ctx);
    const steps = (rev.attribution?.contributions.length ?? 0) + 3;
    // No label limit: without canvas, vega over-estimates text width and would cut short labels.
    const y = { field: 'step', type: 'nominal', title: null, sort: { field: 'order', order: 'ascending' }, axis: { labelLimit: 0, labelFontSize: 12 } } as const;
    return {
      width: CHART_WIDTH - 240,
      height: Math.max(160, steps * 34),
      layer: [
        {
          mark: { type: 'bar', cornerRadius: 2, height: { band: 0.7 } },
          encoding: {
            y,
            x: { field: 'from', type: 'quantitative', title: `${rev.targetYear ?? ''} ${label()}${unitNote()}`.trim(), axis: axisFor(unit()) },
            x2: { field: 'to' },
            color: {
              field: 'kind',
              type: 'nominal',
              title: null,
              scale: { domain: Object.values(KIND), range: ['#6b7280', '#009E73', '#D55E00', '#CC79A7'] },
            },
          },
        },
        {
          mark: { type: 'text', align: 'left', dx: 6, fontWeight: 600 },
          encoding: {
            y,
            x: { field: 'labelAt', type: 'quantitative' },
            text: { field: 'label', type: 'nominal' },
          },
          transform: [{ calculate: 'max(datum.from, datum.to)', as: 'labelAt' }],
        },
      ],
    };
  },
  table: (data: ChartData): ChartData => ({
    columns: [
      { key: 'step', label: 'Step' },
      { key: 'label', label: 'Change' },
      { key: 'from', label: data.columns[2]!.label, unit: unit() },
      { key: 'to', label: data.columns[3]!.label, unit: unit() },
    ],
    rows: data.rows,
  }),
};

export const REVISION_CHARTS = [revisionLines, revisionWaterfall] as const;
