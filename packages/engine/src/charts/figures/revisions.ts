/**
 * Figures of a revisions page: the old and new forecast on one chart, and the waterfall that attributes
 * the change in the target year's value of the report's revision series to each changed assumption. They need `ctx.revision`, so they
 * are not in the chart registry (which renders every figure for every vintage); the revisions pages
 * render them directly.
 */
import { formatValue } from '../../format';
import { formatSigned } from '../../format/change';
import { axisFor } from '../axis';
import { pivotByYear, yearSeries } from '../data';
import type { ChartContext, ChartData, ChartDefinition, RevisionChartContext, Row } from '../types';
import { waterfallChart } from '../builders';
import { conceptScale } from '../style';
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
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const unit = () => currentReport().revision.unit;
const noun = () => currentReport().revision.noun;
/** " (USD)" after a column or axis title, when the report names the unit. */
const inUnit = () => (currentReport().revision.unitLabel ? ` (${currentReport().revision.unitLabel})` : '');

const revisionLines: ChartDefinition = {
  id: 'fig-revision-lines',
  get title() {
    return `${capitalised(label())}: new forecast against the previous one`;
  },
  get subtitle() {
    const u = currentReport().revision.unitLabel;
    return `${capitalised(noun())}${u ? `, ${u}` : ''}; the previous forecast dashed`;
  },
  caption: (ctx) => {
    const rev = revisionOf(ctx);
    const year = ctx.results.years[lastIndex(ctx.results.years)]!;
    const i = rev.previousResults.years.indexOf(year);
    const old = i >= 0 ? tracked(rev.previousResults)[i]! : null;
    const now = tracked(ctx.results)[lastIndex(ctx.results.years)]!;
    return old === null
      ? `The ${rev.currentName} forecast (solid) and the ${rev.previousName} forecast (dashed).`
      : `The ${rev.currentName} forecast (solid) puts ${year} ${noun()} at ${formatValue(now, unit())}, against ${formatValue(old, unit())} in the ${rev.previousName} forecast (dashed).`;
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
      `${capitalised(noun())}${inUnit()}`,
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
    const color = {
      field: 'series',
      type: 'nominal',
      title: null,
      scale: conceptScale([
        { label: rev.currentName, concept: 'current' },
        { label: rev.previousName, concept: 'previous' },
      ]),
      sort: domain,
      legend: null,
    } as const;
    return {
      ...size,
      layer: [
        {
          mark: { type: 'line', point: true },
          encoding: {
            x: yearAxis,
            y: { field: 'value', type: 'quantitative', title: null, axis: axisFor(unit()) },
            color,
            strokeDash: {
              field: 'series',
              type: 'nominal',
              scale: {
                domain,
                range: [
                  [1, 0],
                  [5, 4],
                ],
              },
              legend: null,
            },
          },
        },
        // End labels name each line's last value, so the gap reads without the data table. The higher end is
        // labelled above its line and the lower one below, so two close forecasts never print one label on the other.
        ...[true, false].map((higher) => ({
          transform: [
            { joinaggregate: [{ op: 'max', field: 'year', as: 'lastYear' }], groupby: ['series'] },
            { filter: 'datum.year === datum.lastYear' },
            { joinaggregate: [{ op: 'max', field: 'value', as: 'highestEnd' }] },
            { filter: higher ? 'datum.value === datum.highestEnd' : 'datum.value !== datum.highestEnd' },
          ],
          mark: { type: 'text', align: 'right', dx: -8, dy: higher ? -10 : 14, fontWeight: 600 },
          encoding: {
            x: yearAxis,
            y: { field: 'value', type: 'quantitative' },
            text: { field: 'valueText', type: 'nominal' },
            color: { ...color, legend: null },
          },
        })),
      ],
    };
  },
  table: pivotByYear,
};

const KIND = { forecast: 'Forecast', increase: () => `Raises ${noun()}`, decrease: () => `Lowers ${noun()}`, residual: 'Residual' } as const;

const revisionWaterfall: ChartDefinition = {
  id: 'fig-revision-waterfall',
  title: 'What moved the forecast: contribution of each changed assumption',
  get subtitle() {
    const u = currentReport().revision.unitLabel;
    return `Change in the end-year ${noun()}${u ? `, ${u}` : ''}, one changed assumption at a time`;
  },
  caption: (ctx) => {
    const rev = revisionOf(ctx);
    const a = rev.attribution;
    if (!a) return 'The change cannot be attributed: the target year is outside one of the two horizons.';
    return `Each assumption is switched from its ${rev.previousName} value to its ${rev.currentName} value in turn, top to bottom; a bar is the change in ${rev.targetYear} ${noun()} at that step. The bars and the residual add up to the total change of ${formatSigned(a.total, unit())}.`;
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
      for (const c of a.contributions)
        push(c.label, c.delta < 0 ? KIND.decrease() : KIND.increase(), c.before, c.after, c.delta, formatSigned(c.delta, unit()));
      const lastAfter = a.contributions.length ? a.contributions[a.contributions.length - 1]!.after : a.start;
      push('Residual', KIND.residual, lastAfter, a.end, a.residual, formatSigned(a.residual, unit()));
      push(`${rev.currentName} forecast`, KIND.forecast, 0, a.end, a.end, formatValue(a.end, unit()));
    }
    return {
      columns: [
        { key: 'step', label: 'Step' },
        { key: 'kind', label: 'Kind' },
        { key: 'from', label: `${rev.targetYear ?? ''} ${noun()} before${inUnit()}`.trim(), unit: unit() },
        { key: 'to', label: `${rev.targetYear ?? ''} ${noun()} after${inUnit()}`.trim(), unit: unit() },
        { key: 'change', label: `Change${inUnit()}`, unit: unit() },
      ],
      rows,
    };
  },
  spec: (ctx) => {
    const rev = revisionOf(ctx);
    return waterfallChart({
      unit: unit(),
      steps: (rev.attribution?.contributions.length ?? 0) + 3,
      metric: `${rev.targetYear ?? ''} ${label()}${inUnit()}`.trim(),
      kinds: [
        { label: KIND.forecast, concept: 'current' },
        { label: KIND.increase(), concept: 'increase' },
        { label: KIND.decrease(), concept: 'decrease' },
        { label: KIND.residual, concept: 'context' },
      ],
    });
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
