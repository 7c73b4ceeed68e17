/** Figures of the market forecast and segment chapters: revenue by port speed, segment mix, adoption, price. */
import type { Figure } from '../types';
import { axisFor, conceptScale, lineChart, pivotByYear, size, stackedBarsByYear, yearAxis, yearSeries } from '@forecast-report/engine';
import { PORT_SPEEDS } from '../../model/types';

const lastYear = (years: readonly number[]) => years[years.length - 1]!;
const SEGMENT_SPLIT = ['Scale-out: pluggables', 'Scale-out: CPO', 'Scale-up: copper and pluggables', 'Scale-up: CPO'];

export const revenueBySpeed: Figure = {
  id: 'fig-revenue-by-speed',
  title: '3.2T carries most CPO revenue by the end of the horizon',
  subtitle: 'CPO optical-engine revenue by port speed, US dollars, excluding external laser sources',
  caption: ({ facts, results: r }) =>
    `3.2T carries ${facts.get(`share.${lastYear(r.years)}.revenue.3_2t`).text} of CPO revenue in ${lastYear(r.years)} (${facts.get(`revenue.${lastYear(r.years)}.3_2t`).text}); in 2026 most CPO ships at 800G and 1.6T. Revenue is split in proportion to each segment's bandwidth at each speed.`,
  description: ({ results: r, facts }) =>
    `Stacked bar chart of CPO optical-engine revenue excluding ELS by port speed (800G, 1.6T, 3.2T), ${r.years[0]} to ${lastYear(r.years)}. In ${lastYear(r.years)} 3.2T accounts for ${facts.get(`revenue.${lastYear(r.years)}.3_2t`).text} of ${facts.get(`revenue.${lastYear(r.years)}.total`).text}.`,
  data: ({ results: r }) =>
    yearSeries(
      r.years,
      PORT_SPEEDS.map((speed) => ({ label: speed, values: r.total.cpoRevenueBySpeedUsd[speed] })),
      'Revenue (USD)',
      'usd',
      'Port speed',
    ),
  spec: () => stackedBarsByYear({ series: [...PORT_SPEEDS], unit: 'usd' }),
  table: pivotByYear,
};

export const scaleOutMix: Figure = {
  id: 'fig-scale-out-mix',
  title: 'Pluggables keep most of scale-out',
  subtitle: 'Share of scale-out optical bandwidth, by technology',
  caption: ({ facts, results: r }) =>
    `Pluggable modules (DSP and linear) carry ${facts.get('share.2026.scaleOut.pluggable').text} of scale-out optical bandwidth in 2026 and still ${facts.get(`share.${lastYear(r.years)}.scaleOut.pluggable`).text} in ${lastYear(r.years)}; CPO takes ${facts.get(`share.${lastYear(r.years)}.scaleOut.cpo`).text}.`,
  description: ({ facts, results: r }) =>
    `Stacked bar chart of the share of scale-out optical bandwidth carried by DSP pluggables, linear pluggables (LPO) and CPO each year from ${r.years[0]} to ${lastYear(r.years)}. CPO rises from ${facts.get('share.2026.scaleOut.cpo').text} in 2026 to ${facts.get(`share.${lastYear(r.years)}.scaleOut.cpo`).text}.`,
  data: ({ results: r }) =>
    yearSeries(
      r.years,
      [
        { label: 'DSP pluggable', values: r.segments.scaleOut.techShare.pluggableDsp },
        { label: 'Linear pluggable (LPO)', values: r.segments.scaleOut.techShare.lpo },
        { label: 'CPO', values: r.segments.scaleOut.techShare.cpo },
      ],
      'Share of scale-out bandwidth',
      'fraction',
      'Technology',
    ),
  spec: () => stackedBarsByYear({ series: ['DSP pluggable', 'Linear pluggable (LPO)', 'CPO'], unit: 'fraction', normalize: true }),
  table: pivotByYear,
};

export const adoptionBySegment: Figure = {
  id: 'fig-adoption-by-segment',
  title: 'CPO adoption follows an S-curve in both segments',
  subtitle: 'CPO share of each segment’s bandwidth, per cent',
  caption: ({ facts, results: r }) =>
    `CPO reaches ${facts.get(`share.${lastYear(r.years)}.scaleOut.cpo`).text} of scale-out optical bandwidth and ${facts.get(`share.${lastYear(r.years)}.scaleUp.cpo`).text} of scale-up link bandwidth in ${lastYear(r.years)}. Both curves are logistic; the scale-up share is smaller but applies to a much larger pool.`,
  description: ({ results: r }) =>
    `Line chart of the CPO share of scale-out optical bandwidth and of scale-up link bandwidth (copper included), ${r.years[0]} to ${lastYear(r.years)}.`,
  data: ({ results: r }) =>
    yearSeries(
      r.years,
      [
        { label: 'Scale-out', values: r.segments.scaleOut.techShare.cpo },
        { label: 'Scale-up', values: r.segments.scaleUp.techShare.cpo },
      ],
      'CPO share of bandwidth',
      'fraction',
      'Segment',
    ),
  spec: ({ results: r }) => lineChart({ series: ['Scale-out', 'Scale-up'], unit: 'fraction', years: r.years }),
  table: pivotByYear,
};

export const addressableBandwidth: Figure = {
  id: 'fig-addressable-bandwidth',
  title: 'Addressable bandwidth: scale-up dwarfs scale-out',
  subtitle: '800G-equivalent ports per year, by segment and technology',
  caption: ({ facts, results: r }) =>
    `Scale-up links carry ${facts.get(`demand.${lastYear(r.years)}.ratio`).text} the bandwidth of scale-out networks in ${lastYear(r.years)} (${facts.get(`demand.${lastYear(r.years)}.scaleUp`).text} against ${facts.get(`demand.${lastYear(r.years)}.scaleOut`).text} 800G-equivalents). Most scale-up bandwidth is still copper, so a small CPO share is a large market.`,
  description: ({ results: r }) =>
    `Grouped bar chart of addressable bandwidth in 800G-equivalent ports per year, ${r.years[0]} to ${lastYear(r.years)}, for scale-out optics and scale-up links, each split into CPO and everything else.`,
  data: ({ results: r }) => {
    const series = (seg: 'scaleOut' | 'scaleUp', label: string, other: string) => [
      { label: `${label}: ${other}`, values: r.segments[seg].demand800gEq.map((d, i) => d - r.segments[seg].cpoPorts800gEq[i]!) },
      { label: `${label}: CPO`, values: r.segments[seg].cpoPorts800gEq },
    ];
    return yearSeries(
      r.years,
      [...series('scaleOut', 'Scale-out', 'pluggables'), ...series('scaleUp', 'Scale-up', 'copper and pluggables')],
      'Bandwidth (800G-eq ports)',
      'count',
      'Segment and technology',
    );
  },
  spec: () => ({
    ...size,
    mark: 'bar',
    transform: [
      { calculate: "split(datum.series, ':')[0]", as: 'segment' },
      { calculate: `indexof(${JSON.stringify(SEGMENT_SPLIT)}, datum.series)`, as: 'order' },
    ],
    encoding: {
      x: yearAxis,
      xOffset: { field: 'segment', type: 'nominal', sort: ['Scale-out', 'Scale-up'] },
      y: { field: 'value', type: 'quantitative', title: null, axis: axisFor('count') },
      // Light and dark shades of the two segment colours: light is the incumbent (pluggables, copper), dark is CPO.
      color: {
        field: 'series',
        type: 'nominal',
        title: null,
        scale: conceptScale([
          { label: SEGMENT_SPLIT[0]!, concept: 'dspPluggable' },
          { label: SEGMENT_SPLIT[1]!, concept: 'cpo' },
          { label: SEGMENT_SPLIT[2]!, concept: 'copper' },
          { label: SEGMENT_SPLIT[3]!, concept: 'scaleUp' },
        ]),
      },
      order: { field: 'order', type: 'quantitative' },
    },
  }),
  table: pivotByYear,
};

export const aspPath: Figure = {
  id: 'fig-asp-path',
  title: 'CPO prices fall as volume grows',
  subtitle: 'Price per unit, US dollars',
  caption: ({ facts, results: r }) =>
    `The optical-engine price falls from ${facts.get('asp.2026.cpo').text} in 2026 to ${facts.get(`asp.${lastYear(r.years)}.cpo`).text} in ${lastYear(r.years)} (${facts.get(`asp.change.2026_${lastYear(r.years)}`).text}) as cumulative volume doubles, at ${facts.get('input.learningRate').text} per doubling (Wright’s law).`,
  description: ({ results: r }) =>
    `Line chart of the reference CPO optical-engine price per 800G-equivalent excluding the laser, and of the external laser source module price, ${r.years[0]} to ${lastYear(r.years)}, in US dollars.`,
  data: ({ results: r }) =>
    yearSeries(
      r.years,
      [
        { label: 'CPO engine per 800G-eq (excl. laser)', values: r.pricing.cpoAspUsdPer800gEq },
        { label: 'ELS module', values: r.pricing.laserAspUsd },
      ],
      'Price (USD)',
      'usd',
      'Item',
    ),
  spec: ({ results: r }) =>
    lineChart({
      series: [
        { label: 'CPO engine per 800G-eq (excl. laser)', concept: 'cpo' },
        { label: 'ELS module', concept: 'els' },
      ],
      unit: 'usd',
      years: r.years,
    }),
  table: pivotByYear,
};
