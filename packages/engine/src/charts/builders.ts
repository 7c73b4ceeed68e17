/**
 * Spec builders for the chart kinds reports use again and again. They carry the house style
 * (docs/chart-style.md): one colour per concept, direct labels instead of a legend when a chart has
 * few series, axis formats that match the ticks, and shared scales when charts are compared. A figure
 * definition supplies its data and these few choices; the builder writes the Vega-Lite.
 */
import type { Unit } from '../format';
import { axisFor } from './axis';
import { conceptScale, ROLES } from './style';
import { textWidth } from './text-metrics';
import { CHART_HEIGHT, CHART_WIDTH, FONT_SIZE } from './theme';
import type { SpecBody } from './types';

/** A series and the concept whose colour it takes (its own label when that is a concept label). */
export type SeriesColour = string | { label: string; concept: string };
const labelOf = (s: SeriesColour) => (typeof s === 'string' ? s : s.label);

/** Above this many series a legend is clearer than labels at the line ends. */
export const MAX_DIRECT_LABELS = 4;

const yearOrdinal = { field: 'year', type: 'ordinal', title: null, axis: { labelAngle: 0, labelOverlap: 'parity' } } as const;
// Padding keeps the first year's label clear of the y axis labels in the corner, and the last one whole; when the
// plot is narrow, every other year label is dropped (parity) until none overlap, so an odd count keeps both ends.
const yearLinear = (domain?: readonly [number, number]) =>
  ({
    field: 'year',
    type: 'quantitative',
    title: null,
    axis: { format: 'd', tickMinStep: 1, labelOverlap: 'parity' },
    scale: { ...(domain ? { domain: [...domain] } : {}), padding: 16 },
  }) as const;

/** Room the direct labels take right of the plot, measured in the chart font. */
const directLabelRoom = (labels: readonly string[]) => Math.ceil(Math.max(0, ...labels.map((l) => textWidth(l, FONT_SIZE.annotation, 600)))) + 12;

export interface StackedBarsOptions {
  /** Series bottom of the stack first; the legend lists them in the same order. */
  series: readonly SeriesColour[];
  unit: Unit;
  /** Stack to 100% (shares). */
  normalize?: boolean;
  width?: number;
  height?: number;
}

/** Stacked bars by year over tidy rows {year, series, value}. */
export function stackedBarsByYear(o: StackedBarsOptions): SpecBody {
  const order = o.series.map(labelOf);
  return {
    width: o.width ?? CHART_WIDTH,
    height: o.height ?? CHART_HEIGHT,
    transform: [{ calculate: `indexof(${JSON.stringify(order)}, datum.series)`, as: 'order' }],
    mark: 'bar',
    encoding: {
      x: yearOrdinal,
      y: {
        field: 'value',
        type: 'quantitative',
        title: null,
        ...(o.normalize ? { stack: 'normalize' } : {}),
        axis: axisFor(o.normalize ? 'fraction' : o.unit),
      },
      color: { field: 'series', type: 'nominal', title: null, sort: order, scale: conceptScale(o.series) },
      order: { field: 'order', type: 'quantitative' },
    },
  };
}

export interface LineOptions {
  series: readonly SeriesColour[];
  unit: Unit;
  log?: boolean;
  /** Explicit y ticks (e.g. one per decade on a log axis). */
  yTicks?: number[];
  /** Shared y domain, when charts are compared side by side. */
  yDomain?: readonly [number, number];
  years: readonly number[];
  /** Series drawn grey and thinner: context, not the finding. */
  context?: readonly string[];
  /** Dashed series (projections against history, targets). */
  dashed?: readonly string[];
  /** Each series' last value: end labels are then spread apart in that order so close lines' labels do not collide. */
  lastValues?: Readonly<Record<string, number>>;
  /** Transforms of the rows before drawing (e.g. dropping zeros a log scale cannot place). */
  transform?: SpecBody[];
  /** Extra layers (annotations, rules). */
  layers?: SpecBody[];
  width?: number;
  height?: number;
}

/** Lines by year over tidy rows {year, series, value}; a few series are labelled at their last point. */
export function lineChart(o: LineOptions): SpecBody {
  const labels = o.series.map(labelOf);
  const direct = labels.length <= MAX_DIRECT_LABELS;
  const scale = conceptScale(o.series.map((s) => (o.context?.includes(labelOf(s)) ? { label: labelOf(s), concept: 'context' } : s)));
  const x = yearLinear([o.years[0]!, o.years[o.years.length - 1]!]);
  const y = {
    field: 'value',
    type: 'quantitative',
    title: null,
    ...(o.log || o.yDomain ? { scale: { ...(o.log ? { type: 'log' } : {}), ...(o.yDomain ? { domain: [...o.yDomain] } : {}) } } : {}),
    axis: { ...axisFor(o.unit), ...(o.yTicks ? { values: o.yTicks } : {}) },
  };
  const color = { field: 'series', type: 'nominal', title: null, sort: labels, scale, ...(direct ? { legend: null } : {}) };
  const last = o.years[o.years.length - 1];
  // The chart keeps its overall width: the plot gives up the room its end labels need.
  return {
    width: (o.width ?? CHART_WIDTH) - (direct ? directLabelRoom(labels) : 0),
    height: o.height ?? CHART_HEIGHT,
    ...(o.transform ? { transform: o.transform } : {}),
    layer: [
      {
        mark: { type: 'line', point: { size: 30 } },
        encoding: {
          x,
          y,
          color,
          ...(o.dashed?.length
            ? {
                strokeDash: {
                  field: 'series',
                  type: 'nominal',
                  legend: null,
                  scale: { domain: labels, range: labels.map((l) => (o.dashed!.includes(l) ? [6, 4] : [1, 0])) },
                },
              }
            : {}),
        },
      },
      ...(direct
        ? endLabels(labels, o.lastValues).map(({ label, dy }) => ({
            transform: [{ filter: `datum.year === ${last} && datum.series === ${JSON.stringify(label)}` }],
            mark: { type: 'text', align: 'left', baseline: 'middle', dx: 8, dy, fontWeight: 600 },
            encoding: { x, y, text: { field: 'series' }, color },
          }))
        : []),
      ...(o.layers ?? []),
    ],
  };
}

/** End labels, each nudged up or down by its rank among the last values (highest on top), 8 px apart. */
function endLabels(labels: readonly string[], lastValues?: Readonly<Record<string, number>>): { label: string; dy: number }[] {
  if (!lastValues) return labels.map((label) => ({ label, dy: 0 }));
  const ranked = [...labels].sort((a, b) => (lastValues[b] ?? 0) - (lastValues[a] ?? 0));
  return labels.map((label) => ({ label, dy: (ranked.indexOf(label) - (labels.length - 1) / 2) * 8 }));
}

export interface FanOptions {
  years: readonly number[];
  unit: Unit;
  /** The concept whose colour the bands and the median take. */
  concept: string;
  /** Shared y domain for fans shown side by side. */
  yDomain?: readonly [number, number];
  width?: number;
  height?: number;
}

/**
 * A fan chart over rows {year, p5, p25, p50, p75, p95, point}: 90% and 50% bands, the median as a
 * line and the point forecast dashed, each labelled directly at the right edge (no legend swatches).
 */
export function fanChart(o: FanOptions): SpecBody {
  const colour = conceptScale([{ label: 'band', concept: o.concept }]).range[0]!;
  const x = yearLinear([o.years[0]!, o.years[o.years.length - 1]!]);
  const y = (field: string) => ({
    field,
    type: 'quantitative',
    title: null,
    axis: axisFor(o.unit),
    ...(o.yDomain ? { scale: { domain: [...o.yDomain] } } : {}),
  });
  // A key drawn in the plot's top-left corner (empty in a rising fan): a swatch of each band and a sample
  // of each line, solid and dashed as drawn, instead of legend squares that cannot show a dash.
  const key = [
    { row: 0, label: '50% and 90% ranges of the draws' },
    { row: 1, label: 'Median' },
    { row: 2, label: 'Point forecast' },
  ];
  const keyY = (row: number) => 10 + row * 20;
  // Key marks sit at fixed pixel positions (encoding values), outside the data's scales.
  const fixed = (mark: SpecBody, encoding: SpecBody) => ({ data: { values: [{}] }, mark, encoding });
  const at = (row: number, x = 4, x2 = 28) => ({ x: { value: x }, x2: { value: x2 }, y: { value: keyY(row) } });
  const sample = (row: number, mark: SpecBody) => fixed(mark, at(row));
  return {
    width: o.width ?? CHART_WIDTH,
    height: o.height ?? CHART_HEIGHT,
    layer: [
      // Translucent bands with a full-strength edge: the shading reads as a range, the edge meets contrast.
      { mark: { type: 'area', fillOpacity: 0.16, color: colour, stroke: colour, strokeWidth: 1 }, encoding: { x, y: y('p5'), y2: { field: 'p95' } } },
      { mark: { type: 'area', fillOpacity: 0.3, color: colour, stroke: colour, strokeWidth: 1 }, encoding: { x, y: y('p25'), y2: { field: 'p75' } } },
      { mark: { type: 'line', color: colour }, encoding: { x, y: y('p50') } },
      { mark: { type: 'line', strokeDash: [6, 4], strokeWidth: 2, color: ROLES.fg.light }, encoding: { x, y: y('point') } },
      fixed(
        { type: 'rect', fill: colour, fillOpacity: 0.3, stroke: colour, strokeWidth: 1 },
        { ...at(0), y: { value: keyY(0) - 6 }, y2: { value: keyY(0) + 6 } },
      ),
      sample(1, { type: 'rule', color: colour, strokeWidth: 2.5 }),
      sample(2, { type: 'rule', color: ROLES.fg.light, strokeWidth: 2, strokeDash: [6, 4] }),
      ...key.map((k) => fixed({ type: 'text', align: 'left', baseline: 'middle', text: k.label }, { x: { value: 34 }, y: { value: keyY(k.row) } })),
    ],
  };
}

export interface TornadoOptions {
  unit: Unit;
  /** Number of assumption rows (sets the height). */
  rows: number;
  /** What the x axis measures, with its unit, e.g. "Revenue 2030, US dollars". */
  metric: string;
  width?: number;
}

/**
 * A tornado over rows {assumption, low, high, base}: one bar per assumption from the base to the result
 * at each end of its range, the widest first, the base case labelled. Assumption names wrap onto two
 * lines instead of being cut.
 */
export function tornadoChart(o: TornadoOptions): SpecBody {
  const bounds = [
    { label: 'Assumption at p5', concept: 'low' },
    { label: 'Assumption at p95', concept: 'high' },
  ];
  return {
    width: o.width ?? CHART_WIDTH - 260,
    height: Math.max(120, o.rows * 40),
    transform: [
      { fold: ['low', 'high'], as: ['bound', 'value'] },
      { calculate: "datum.bound === 'low' ? 'Assumption at p5' : 'Assumption at p95'", as: 'Bound' },
    ],
    layer: [
      {
        mark: { type: 'bar', height: 16 },
        encoding: {
          y: { field: 'assumption', type: 'nominal', title: null, sort: null, axis: { labelExpr: wrapExpr(32), labelLineHeight: 14 } },
          x: { field: 'value', type: 'quantitative', title: o.metric, axis: axisFor(o.unit), scale: { zero: false } },
          x2: { field: 'base' },
          // The legend goes under the chart: the base-case label takes the space above the bars.
          color: { field: 'Bound', type: 'nominal', title: null, sort: bounds.map((b) => b.label), scale: conceptScale(bounds), legend: { orient: 'bottom' } },
        },
      },
      { mark: { type: 'rule', strokeDash: [3, 3], color: ROLES.fg.light }, encoding: { x: { field: 'base', type: 'quantitative', aggregate: 'min' } } },
      {
        mark: { type: 'text', baseline: 'bottom', dy: -4, y: 0, color: ROLES.fg.light, fontWeight: 600 },
        encoding: { x: { field: 'base', type: 'quantitative', aggregate: 'min' }, text: { value: 'Base case' } },
      },
    ],
  };
}

/**
 * A Vega expression that breaks `datum.label` into lines of at most `width` characters at spaces
 * (vega draws an array as lines), so long category names wrap instead of being cut.
 */
export function wrapExpr(width: number): string {
  // vega expressions have no loops: a regex does the greedy wrap, then split gives the lines.
  const re = `(.{1,${width}})(\\\\s+|$)`;
  return `split(trim(replace(datum.label, regexp('${re}', 'g'), '$1\\n')), '\\n')`;
}

export interface WaterfallOptions {
  unit: Unit;
  steps: number;
  /** Kinds in legend order with their concepts: start/end totals, increases, decreases, residual. */
  kinds: readonly { label: string; concept: string }[];
  metric: string;
  width?: number;
}

/** A waterfall over rows {order, step, kind, from, to, label}: bars from `from` to `to`, labelled with the change. */
export function waterfallChart(o: WaterfallOptions): SpecBody {
  const y = {
    field: 'step',
    type: 'nominal',
    title: null,
    sort: { field: 'order', order: 'ascending' },
    axis: { labelExpr: wrapExpr(30), labelLineHeight: 14 },
  } as const;
  return {
    width: o.width ?? CHART_WIDTH - 240,
    height: Math.max(160, o.steps * 36),
    layer: [
      {
        mark: { type: 'bar', cornerRadius: 2, height: { band: 0.7 } },
        encoding: {
          y,
          x: { field: 'from', type: 'quantitative', title: o.metric, axis: axisFor(o.unit) },
          x2: { field: 'to' },
          color: { field: 'kind', type: 'nominal', title: null, scale: conceptScale(o.kinds) },
        },
      },
      {
        mark: { type: 'text', align: 'left', dx: 6, fontWeight: 600 },
        encoding: { y, x: { field: 'labelAt', type: 'quantitative' }, text: { field: 'label', type: 'nominal' } },
        transform: [{ calculate: 'max(datum.from, datum.to)', as: 'labelAt' }],
      },
    ],
  };
}
