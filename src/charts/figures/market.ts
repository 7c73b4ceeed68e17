import type { Figure } from '../types';
import { lineChart, pivotByYear, stackedBarsByYear, yearSeries } from '@forecast-report/engine';

/** CPO revenue excluding ELS, one series per segment: the data of the stacked bars and of the crossover lines. */
const revenueBySegment: Figure['data'] = ({ results: r }) =>
  yearSeries(
    r.years,
    [
      { label: 'Scale-out', values: r.segments.scaleOut.cpoRevenueUsd },
      { label: 'Scale-up', values: r.segments.scaleUp.cpoRevenueUsd },
    ],
    'Revenue (USD)',
    'usd',
    'Segment',
  );

export const marketBySegment: Figure = {
  id: 'fig-market-by-segment',
  title: 'CPO revenue grows with scale-up taking the larger part',
  subtitle: 'CPO optical-engine revenue by segment, US dollars, excluding external laser sources',
  caption: ({ facts }) =>
    `CPO optical-engine revenue grows from ${facts.get('revenue.2026.total').text} in 2026 to ${facts.get('revenue.2030.total').text} in 2030, a ${facts.get('cagr.2026_2030.exclEls').text} CAGR; external laser sources are excluded.`,
  description: ({ results: r, facts }) =>
    `Stacked bar chart of yearly CPO revenue excluding external laser sources, ${r.years[0]} to ${r.years[r.years.length - 1]}, split into scale-out and scale-up networking. Total revenue reaches ${facts.get(`revenue.${r.years[r.years.length - 1]}.total`).text}; scale-up overtakes scale-out in ${facts.get('crossover.year').text}.`,
  data: revenueBySegment,
  spec: () => stackedBarsByYear({ series: ['Scale-out', 'Scale-up'], unit: 'usd' }),
  table: pivotByYear,
};

export const revenueWithEls: Figure = {
  id: 'fig-revenue-els',
  title: 'External laser sources add a modest layer on top of engine revenue',
  subtitle: 'CPO revenue by component, US dollars',
  caption: ({ facts }) =>
    `ELS adds ${facts.get('revenue.2030.els').text} in 2030 on top of ${facts.get('revenue.2030.total').text} of optical-engine revenue; it is ${facts.get('els.share.2030').text} of revenue including ELS.`,
  description: ({ facts }) =>
    `Stacked bar chart of CPO optical-engine revenue and external laser source revenue by year. In 2030 ELS is ${facts.get('revenue.2030.els').text} and the total including ELS is ${facts.get('revenue.2030.inclEls').text}.`,
  data: ({ results: r }) =>
    yearSeries(
      r.years,
      [
        { label: 'Optical engines (excl. ELS)', values: r.total.cpoRevenueUsd },
        { label: 'External laser sources', values: r.total.elsRevenueUsd },
      ],
      'Revenue (USD)',
      'usd',
      'Component',
    ),
  spec: () => stackedBarsByYear({ series: [{ label: 'Optical engines (excl. ELS)', concept: 'cpo' }, 'External laser sources'], unit: 'usd' }),
  table: pivotByYear,
};

/** Powers of ten spanning the positive values: one labelled tick per decade keeps a log axis readable. */
export function decades(values: readonly number[]): number[] {
  const positive = values.filter((v) => v > 0);
  if (positive.length === 0) return [];
  const lo = Math.floor(Math.log10(Math.min(...positive)));
  const hi = Math.ceil(Math.log10(Math.max(...positive)));
  return Array.from({ length: hi - lo + 1 }, (_, i) => 10 ** (lo + i));
}

export const segmentCrossover: Figure = {
  id: 'fig-segment-crossover',
  title: 'Scale-up overtakes scale-out',
  subtitle: 'CPO revenue by segment, US dollars, logarithmic scale',
  caption: ({ facts }) =>
    facts.get('crossover.year').value === null
      ? 'Scale-up CPO revenue stays below scale-out within the forecast horizon.'
      : `Scale-up CPO revenue passes scale-out in ${facts.get('crossover.year').text} (dashed line) and reaches ${facts.get('share.2030.scaleUp').text} of CPO revenue in 2030.`,
  description: ({ facts }) =>
    `Line chart of scale-out and scale-up CPO revenue by year on a logarithmic scale. The lines cross in ${facts.get('crossover.year').text}.`,
  data: revenueBySegment,
  spec: ({ results: r }) =>
    lineChart({
      series: ['Scale-out', 'Scale-up'],
      unit: 'usd',
      years: r.years,
      log: true,
      // A log scale cannot place zero: years before a segment's first shipment stay in the table, not on the line.
      transform: [{ filter: 'datum.value > 0' }],
      lastValues: { 'Scale-out': r.segments.scaleOut.cpoRevenueUsd.at(-1)!, 'Scale-up': r.segments.scaleUp.cpoRevenueUsd.at(-1)! },
      yTicks: decades([...r.segments.scaleOut.cpoRevenueUsd, ...r.segments.scaleUp.cpoRevenueUsd]),
      layers:
        r.metrics.crossoverYear === null
          ? []
          : [
              {
                data: { values: [{ year: r.metrics.crossoverYear, label: `Crossover ${r.metrics.crossoverYear}` }] },
                layer: [
                  { mark: { type: 'rule', strokeDash: [4, 4] }, encoding: { x: { field: 'year', type: 'quantitative' } } },
                  {
                    mark: { type: 'text', align: 'left', dx: 4, dy: -4, baseline: 'bottom', y: 0 },
                    encoding: { x: { field: 'year', type: 'quantitative' }, text: { field: 'label', type: 'nominal' } },
                  },
                ],
              },
            ],
    }),
  table: pivotByYear,
};
