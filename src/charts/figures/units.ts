import { lineChart, pivotByYear, yearSeries } from '@forecast-report/engine';
import type { Figure } from '../types';
import { decades } from './market';

/** Unit shipments behind the revenue: switches, optical engines and laser modules (vintages that state unit capacities). */
export const unitShipments: Figure = {
  id: 'fig-units',
  title: 'Optical engines and laser modules outnumber CPO switches many times over',
  subtitle: 'Units shipped per year, logarithmic scale: scale-out CPO switches, optical engines and external laser modules',
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
    yearSeries(
      r.years,
      [
        { label: 'Scale-out CPO switches', values: r.units!.cpoSwitches },
        { label: 'Optical engines', values: r.units!.opticalEngines },
        { label: 'External laser modules', values: r.units!.externalLasers },
      ],
      'Units',
      'count',
      'Unit',
    ),
  spec: ({ results: r }) => {
    const u = r.units!;
    return lineChart({
      series: [
        { label: 'Scale-out CPO switches', concept: 'scaleOut' },
        { label: 'Optical engines', concept: 'cpo' },
        { label: 'External laser modules', concept: 'els' },
      ],
      unit: 'count',
      years: r.years,
      log: true,
      // A log scale cannot place zero: years before the first shipment stay in the table, not on the line.
      transform: [{ filter: 'datum.value > 0' }],
      yTicks: decades([...u.cpoSwitches, ...u.opticalEngines, ...u.externalLasers]),
      lastValues: {
        'Scale-out CPO switches': u.cpoSwitches.at(-1)!,
        'Optical engines': u.opticalEngines.at(-1)!,
        'External laser modules': u.externalLasers.at(-1)!,
      },
    });
  },
  table: pivotByYear,
};
