import { axisFor, pivotByYear, size, yearSeries } from '@forecast-report/engine';
import type { Figure } from '../types';
import { decades } from './market';

/** Unit shipments behind the revenue: switches, optical engines and laser modules (vintages that state unit capacities). */
export const unitShipments: Figure = {
  id: 'fig-units',
  title: 'CPO unit shipments: switches, optical engines and external lasers',
  caption: ({ facts, results: r }) => {
    const end = r.years[r.years.length - 1];
    return `In ${end} the base case ships ${facts.get(`units.${end}.cpoSwitches`).text} scale-out CPO switches, ${facts.get(`units.${end}.opticalEngines`).text} optical engines and ${facts.get(`units.${end}.externalLasers`).text} external laser modules.`;
  },
  description: ({ results: r, facts }) => {
    const end = r.years[r.years.length - 1];
    return `Line chart on a logarithmic scale of units shipped per year, ${r.years[0]} to ${end}: scale-out CPO switches, CPO optical engines in both segments, and external laser source modules. In ${end}: ${facts.get(`units.${end}.cpoSwitches`).text} switches, ${facts.get(`units.${end}.opticalEngines`).text} engines, ${facts.get(`units.${end}.externalLasers`).text} lasers.`;
  },
  available: ({ results }) => results.units !== undefined,
  data: ({ results: r }) =>
    yearSeries(r.years, [
      { label: 'Scale-out CPO switches', values: r.units!.cpoSwitches },
      { label: 'Optical engines', values: r.units!.opticalEngines },
      { label: 'External laser modules', values: r.units!.externalLasers },
    ], 'Units', 'count', 'Unit'),
  spec: ({ results: r }) => ({
    ...size,
    transform: [{ filter: 'datum.value > 0' }],
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'year', type: 'quantitative', title: null, axis: { format: 'd', tickMinStep: 1 }, scale: { domain: [r.years[0], r.years[r.years.length - 1]] } },
      y: {
        field: 'value',
        type: 'quantitative',
        title: 'Units shipped (log scale)',
        scale: { type: 'log' },
        axis: { ...axisFor('count'), values: decades([...r.units!.cpoSwitches, ...r.units!.opticalEngines, ...r.units!.externalLasers]) },
      },
      color: { field: 'series', type: 'nominal', title: 'Unit', sort: ['Scale-out CPO switches', 'Optical engines', 'External laser modules'] },
    },
  }),
  table: pivotByYear,
};
