import type { Figure } from '../types';
import { axisFor, pivotByYear, size, yearAxis, yearSeries } from '@forecast-report/engine';
import { PORT_SPEEDS } from '../../model/types';

const TECH_ORDER = ['DSP pluggable or copper', 'Linear pluggable (LPO)', 'CPO'];

export const technologyMix: Figure = {
  id: 'fig-technology-mix',
  title: 'CPO versus pluggables and copper, share of all link bandwidth',
  caption: ({ facts, results: r }) =>
    `DSP pluggables and scale-up copper still carry ${facts.get(`share.${r.years[r.years.length - 1]}.pluggableDsp`).text} and ${facts.get(`share.${r.years[r.years.length - 1]}.lpo`).text} (LPO) of optical bandwidth in ${r.years[r.years.length - 1]}; CPO rises from ${facts.get('share.2026.cpo').text} in 2026 to ${facts.get(`share.${r.years[r.years.length - 1]}.cpo`).text}.`,
  description: ({ facts, results: r }) =>
    `Stacked area chart of the share of optical bandwidth, in 800G-equivalents, carried by DSP pluggables or copper, linear pluggables and CPO each year from ${r.years[0]} to ${r.years[r.years.length - 1]}. CPO reaches ${facts.get(`share.${r.years[r.years.length - 1]}.cpo`).text} by the end.`,
  data: ({ results: r }) =>
    yearSeries(r.years, [
      // In scale-up the non-CPO, non-LPO remainder is mostly copper, which the model does not split out.
      { label: 'DSP pluggable or copper', values: r.total.techShare.pluggableDsp },
      { label: 'Linear pluggable (LPO)', values: r.total.techShare.lpo },
      { label: 'CPO', values: r.total.techShare.cpo },
    ], 'Share of bandwidth', 'fraction', 'Technology'),
  spec: () => ({
    ...size,
    mark: 'bar',
    encoding: {
      x: yearAxis,
      y: { field: 'value', type: 'quantitative', title: 'Share of optical bandwidth', stack: 'normalize', axis: axisFor('fraction') },
      color: { field: 'series', type: 'nominal', title: 'Technology', sort: TECH_ORDER },
      order: { field: 'order', type: 'quantitative' },
    },
    transform: [{ calculate: `indexof(${JSON.stringify(TECH_ORDER)}, datum.series)`, as: 'order' }],
  }),
  table: pivotByYear,
};

export const portsBySpeed: Figure = {
  id: 'fig-ports-by-speed',
  title: 'Optical ports bought, by port speed',
  caption: ({ results: r }) =>
    `Physical optical ports by line rate, all technologies and both segments. 3.2T ports appear from ${r.years.find((_, i) => r.total.portsBySpeed['3.2T'][i]! > 0) ?? 'after the horizon'}.`,
  description: ({ results: r }) =>
    `Stacked bar chart of optical ports bought each year at 800G, 1.6T and 3.2T, ${r.years[0]} to ${r.years[r.years.length - 1]}.`,
  data: ({ results: r }) =>
    yearSeries(r.years, PORT_SPEEDS.map((speed) => ({ label: speed, values: r.total.portsBySpeed[speed] })), 'Ports', 'count', 'Port speed'),
  spec: () => ({
    ...size,
    mark: 'bar',
    encoding: {
      x: yearAxis,
      y: { field: 'value', type: 'quantitative', title: 'Ports', axis: axisFor('count') },
      color: { field: 'series', type: 'nominal', title: 'Port speed', sort: [...PORT_SPEEDS] },
      order: { field: 'series', sort: 'ascending' },
    },
  }),
  table: pivotByYear,
};
