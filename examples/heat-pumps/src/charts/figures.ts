import { axisFor, CHART_HEIGHT, CHART_WIDTH, formatValue, pivotByYear, yearSeries } from '@forecast-report/engine';
import type { Figure, FigureContext } from './context';

/** The report's TypeScript figures. Its plain Vega-Lite figures are the *.vl.json files in charts/ at the report's root. */

const size = { width: CHART_WIDTH, height: CHART_HEIGHT } as const;
const formatCount = (n: number) => formatValue(n, 'count');
const lastYear = (ctx: FigureContext) => ctx.results.years[ctx.results.years.length - 1]!;
const yearX = (ctx: FigureContext) =>
  ({
    field: 'year',
    type: 'quantitative',
    title: null,
    // Flush end labels: the first year starts at the axis instead of running into the value axis's "0".
    axis: { format: 'd', tickMinStep: 1, labelFlush: true },
    scale: { domain: [ctx.results.years[0], lastYear(ctx)] },
  }) as const;

export const installedBase: Figure = {
  id: 'fig-installed-base',
  title: 'Heat pumps installed, against the 2030 benchmark',
  caption: ({ facts }) =>
    `The installed base grows from ${facts.get('input.baseStock').text} at the end of ${facts.get('years.start').value! - 1} to ${facts.get(`stock.${facts.get('target.year').text}`).text} in ${facts.get('target.year').text}, ${facts.get('target.gap').text} short of the ${facts.get('target.stock').text} benchmark (dashed).`,
  description: (ctx) =>
    `Line chart of heat pumps installed at the end of each year, ${ctx.results.years[0]} to ${lastYear(ctx)}, with a dashed horizontal line at the benchmark of ${ctx.facts.get('target.stock').text}. The stock reaches ${ctx.facts.get(`stock.${lastYear(ctx)}`).text} in ${lastYear(ctx)}.`,
  data: ({ results: r }) => yearSeries(r.years, [{ label: 'Installed heat pumps', values: r.stock }], 'Heat pumps installed', 'count', 'Series'),
  spec: (ctx) => ({
    ...size,
    layer: [
      {
        mark: { type: 'line', point: true },
        encoding: {
          x: yearX(ctx),
          y: { field: 'value', type: 'quantitative', title: 'Heat pumps installed', axis: axisFor('count'), scale: { zero: true } },
          color: { field: 'series', type: 'nominal', title: null },
        },
      },
      {
        data: {
          values: [
            { target: ctx.facts.get('target.stock').value, label: `Benchmark ${ctx.facts.get('target.stock').text} by ${ctx.facts.get('target.year').text}` },
          ],
        },
        layer: [
          { mark: { type: 'rule', strokeDash: [4, 4] }, encoding: { y: { field: 'target', type: 'quantitative' } } },
          {
            mark: { type: 'text', align: 'left', baseline: 'bottom', dx: 4, dy: -4, x: 0 },
            encoding: { y: { field: 'target', type: 'quantitative' }, text: { field: 'label', type: 'nominal' } },
          },
        ],
      },
    ],
  }),
  table: pivotByYear,
};

export const salesSplit: Figure = {
  id: 'fig-sales-split',
  title: 'Heat pump sales: first-time buyers and replacements',
  caption: ({ facts }) =>
    `Sales recover from ${facts.get(`sales.${facts.get('years.start').text}`).text} in ${facts.get('years.start').text} to a peak of ${facts.get('sales.peak').text} in ${facts.get('sales.peakYear').text}; replacements of retired units stay a small part of sales because the installed base is young.`,
  description: (ctx) =>
    `Stacked bar chart of heat pumps sold each year, ${ctx.results.years[0]} to ${lastYear(ctx)}, split into sales to households without a heat pump and replacements of retired units. Sales peak at ${ctx.facts.get('sales.peak').text} in ${ctx.facts.get('sales.peakYear').text}.`,
  data: ({ results: r }) =>
    yearSeries(
      r.years,
      [
        { label: 'First-time buyers', values: r.newAdopters },
        { label: 'Replacements', values: r.replacements },
      ],
      'Heat pumps sold',
      'count',
      'Buyer',
    ),
  spec: () => ({
    ...size,
    mark: 'bar',
    encoding: {
      // Parity drops every other year label when the phone rendering has no room for all of them.
      x: { field: 'year', type: 'ordinal', title: null, axis: { labelAngle: 0, labelOverlap: 'parity' } },
      y: { field: 'value', type: 'quantitative', title: 'Heat pumps sold', axis: axisFor('count') },
      color: { field: 'series', type: 'nominal', title: 'Buyer', sort: ['First-time buyers', 'Replacements'] },
      order: { field: 'series', sort: 'ascending' },
    },
  }),
  table: pivotByYear,
};

const MC_LABEL = 'Median, 50% and 90% bands';
const POINT_LABEL = 'Point forecast';

function bandsOf(ctx: FigureContext, series: string, id: string) {
  const bands = ctx.uncertainty?.monteCarlo.bands[series];
  if (!bands) throw new Error(`figure "${id}" needs Monte Carlo bands of "${series}": add uncertainty.json to the vintage`);
  return bands;
}

export const stockFan: Figure = {
  id: 'fig-stock-fan',
  title: 'Heat pumps installed: range of outcomes',
  caption: (ctx) =>
    `Shaded: the middle 50% and 90% of ${ctx.facts.get('mc.draws').text} seeded Monte Carlo draws; line: median; dashed: point forecast. In ${ctx.facts.get('target.year').text} the 90% band runs from ${ctx.facts.get(`stock.${ctx.facts.get('target.year').text}.p5`).text} to ${ctx.facts.get(`stock.${ctx.facts.get('target.year').text}.p95`).text}.`,
  description: (ctx) => {
    const y = lastYear(ctx);
    return `Fan chart of heat pumps installed by year, ${ctx.results.years[0]} to ${y}: shaded bands from the 5th to the 95th and from the 25th to the 75th percentile of the Monte Carlo draws, the median as a line and the point forecast dashed. In ${y} the median is ${ctx.facts.get(`stock.${y}.p50`).text} and the 90% band spans ${ctx.facts.get(`stock.${y}.p5`).text} to ${ctx.facts.get(`stock.${y}.p95`).text}.`;
  },
  data: (ctx) => {
    const b = bandsOf(ctx, 'stock', 'fig-stock-fan');
    return {
      columns: [
        { key: 'year', label: 'Year', unit: 'year' },
        { key: 'p5', label: 'p5', unit: 'count' },
        { key: 'p25', label: 'p25', unit: 'count' },
        { key: 'p50', label: 'Median', unit: 'count' },
        { key: 'p75', label: 'p75', unit: 'count' },
        { key: 'p95', label: 'p95', unit: 'count' },
        { key: 'point', label: POINT_LABEL, unit: 'count' },
      ],
      rows: ctx.results.years.map((year, i) => ({
        year,
        p5: b.p5[i]!,
        p25: b.p25[i]!,
        p50: b.p50[i]!,
        p75: b.p75[i]!,
        p95: b.p95[i]!,
        point: ctx.results.stock[i]!,
      })),
    };
  },
  spec: (ctx) => {
    const x = yearX(ctx);
    const y = (field: string) => ({ field, type: 'quantitative', title: 'Heat pumps installed', axis: axisFor('count') }) as const;
    const series = (label: string) => [{ calculate: JSON.stringify(label), as: 'series' }];
    // Full-opacity swatches: the legend would otherwise take the bands' 20% opacity and vanish on a dark page.
    const color = { field: 'series', type: 'nominal', title: null, scale: { domain: [MC_LABEL, POINT_LABEL] }, legend: { symbolOpacity: 1 } } as const;
    const edge = { field: 'series', type: 'nominal', scale: { domain: [MC_LABEL, POINT_LABEL] } } as const;
    return {
      ...size,
      layer: [
        // Each band edged in its full colour: a pale fill alone is too faint a mark to read (WCAG 1.4.11).
        {
          transform: series(MC_LABEL),
          mark: { type: 'area', fillOpacity: 0.2, strokeWidth: 1 },
          encoding: { x, y: y('p5'), y2: { field: 'p95' }, color, stroke: edge },
        },
        {
          transform: series(MC_LABEL),
          mark: { type: 'area', fillOpacity: 0.35, strokeWidth: 1 },
          encoding: { x, y: y('p25'), y2: { field: 'p75' }, color, stroke: edge },
        },
        { transform: series(MC_LABEL), mark: { type: 'line' }, encoding: { x, y: y('p50'), color } },
        { transform: series(POINT_LABEL), mark: { type: 'line', strokeDash: [5, 4], strokeWidth: 2 }, encoding: { x, y: y('point'), color } },
      ],
    };
  },
};

export const stockTornado: Figure = {
  id: 'fig-tornado-stock',
  title: 'What moves the 2030 installed base',
  caption: (ctx) => {
    const y = needSensitivity(ctx).year;
    return `Each bar moves one assumption from its 5th to its 95th percentile with all others at their point values; widest first. The widest alone moves the ${y} installed base from ${ctx.facts.get(`sensitivity.stock${y}.rank1.low`).text} to ${ctx.facts.get(`sensitivity.stock${y}.rank1.high`).text}.`;
  },
  description: (ctx) => {
    const t = needSensitivity(ctx).stock;
    const rows = t.rows.map((r) => `${r.label}: ${formatCount(r.low)} to ${formatCount(r.high)}`);
    return `Tornado chart of ${t.metric.toLowerCase()}: horizontal bars from the point forecast of ${formatCount(t.base)} to the result with each assumption at its 5th and 95th percentile. ${rows.join('; ')}.`;
  },
  data: (ctx) => {
    const t = needSensitivity(ctx).stock;
    return {
      columns: [
        { key: 'assumption', label: 'Assumption' },
        { key: 'low', label: 'At p5', unit: 'count' },
        { key: 'high', label: 'At p95', unit: 'count' },
        { key: 'swing', label: 'Swing', unit: 'count' },
        { key: 'base', label: 'Point forecast', unit: 'count' },
      ],
      // `short` (the label without its parenthesis) is plotted only; the table and CSV keep the full label.
      rows: t.rows.map((r) => ({ assumption: r.label, short: r.label.replace(/\s*\(.*\)$/, ''), low: r.low, high: r.high, swing: r.swing, base: t.base })),
    };
  },
  spec: (ctx) => {
    const t = needSensitivity(ctx).stock;
    return {
      width: CHART_WIDTH - 160,
      height: Math.max(120, t.rows.length * 22),
      transform: [
        { fold: ['low', 'high'], as: ['bound', 'value'] },
        { calculate: "datum.bound === 'low' ? 'Assumption at p5' : 'Assumption at p95'", as: 'Bound' },
      ],
      layer: [
        {
          mark: { type: 'bar', height: 14 },
          encoding: {
            // No label limit: without canvas, vega over-estimates text width and would cut short labels.
            y: { field: 'short', type: 'nominal', title: null, sort: null, axis: { labelLimit: 0 } },
            // Title ends at the plot's right edge: centred, a title wider than the phone plot would widen the drawing.
            x: { field: 'value', type: 'quantitative', title: t.metric, axis: { ...axisFor('count'), titleAnchor: 'end' }, scale: { zero: false } },
            x2: { field: 'base' },
            // Below the plot, so the phone rendering's width goes to the bars.
            color: { field: 'Bound', type: 'nominal', title: null, sort: ['Assumption at p5', 'Assumption at p95'], legend: { orient: 'bottom' } },
          },
        },
        { mark: { type: 'rule', strokeDash: [3, 3] }, encoding: { x: { field: 'base', type: 'quantitative' } } },
      ],
    };
  },
};

function needSensitivity(ctx: FigureContext) {
  if (!ctx.uncertainty) throw new Error('figure "fig-tornado-stock" needs the uncertainty analysis: add uncertainty.json to the vintage');
  return ctx.uncertainty.sensitivity;
}

export const FIGURES: readonly Figure[] = [installedBase, salesSplit, stockFan, stockTornado];
