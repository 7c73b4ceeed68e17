import type { Figure } from '../types';
import { axisFor, conceptScale, lineChart, pivot, pivotByYear, size, yearSeries, type Row } from '@forecast-report/engine';
import { PORT_SPEEDS, TECHNOLOGIES } from '../../model/types';

const TECH_CONCEPT = { pluggableDsp: 'dspPluggable', lpo: 'lpo', cpo: 'cpo' } as const;
const TECH_LABEL = { pluggableDsp: 'DSP pluggable', lpo: 'Linear pluggable (LPO)', cpo: 'CPO' } as const;

export const energyPerBit: Figure = {
  id: 'fig-energy-per-bit',
  title: 'CPO needs the least energy per bit at every port speed',
  subtitle: 'Optical interconnect energy, picojoules per bit, by technology and port speed',
  caption: ({ facts }) =>
    `At 1.6T a DSP pluggable spends ${facts.get('power.pluggableDsp.1_6t.pjPerBit').text} (${facts.get('power.pluggableDsp.1_6t.watts').text} a port); CPO spends ${facts.get('power.cpo.1_6t.pjPerBit').text} (${facts.get('power.cpo.1_6t.watts').text}).`,
  description: ({ facts }) =>
    `Grouped bar chart of energy per bit in picojoules for DSP pluggables, linear pluggables and CPO at 800G, 1.6T and 3.2T. DSP pluggables use ${facts.get('power.ratio.1_6t.dspVsCpo').text} the energy of CPO at 1.6T.`,
  data: ({ results: r }) => {
    const rows: Row[] = [];
    for (const speed of PORT_SPEEDS) {
      for (const tech of TECHNOLOGIES) {
        rows.push({ speed, technology: TECH_LABEL[tech], pjPerBit: r.power.energyPjPerBit[tech][speed], wattsPerPort: r.power.wattsPerPort[tech][speed] });
      }
    }
    return {
      columns: [
        { key: 'speed', label: 'Port speed' },
        { key: 'technology', label: 'Technology' },
        { key: 'pjPerBit', label: 'Energy (pJ/bit)', unit: 'pjPerBit' },
        { key: 'wattsPerPort', label: 'Power per port (W)', unit: 'watts' },
      ],
      rows,
    };
  },
  spec: () => ({
    width: size.width,
    height: size.height,
    mark: 'bar',
    encoding: {
      x: { field: 'speed', type: 'ordinal', title: null, sort: [...PORT_SPEEDS], axis: { labelAngle: 0 } },
      xOffset: { field: 'technology', type: 'nominal', sort: Object.values(TECH_LABEL) },
      y: { field: 'pjPerBit', type: 'quantitative', title: null, axis: axisFor('pjPerBit') },
      color: { field: 'technology', type: 'nominal', title: null, sort: Object.values(TECH_LABEL), scale: conceptScale(Object.values(TECH_LABEL)) },
    },
  }),
  table: (d) => pivot(d, 'speed', 'technology', 'pjPerBit'),
};

export const clusterPower: Figure = {
  id: 'fig-cluster-power',
  title: 'CPO cuts the optics power of a reference AI cluster',
  subtitle: 'Optical interconnect power, watts (MW = million watts), by technology choice',
  caption: ({ facts, results: r }) => {
    const end = r.years[r.years.length - 1];
    return `A cluster of the reference size built in ${end} draws ${facts.get(`power.cluster.${end}.pluggableDsp`).text} for optics with DSP pluggables and ${facts.get(`power.cluster.${end}.cpo`).text} with CPO; the modelled mix saves ${facts.get(`power.cluster.${end}.saved`).text}.`;
  },
  description: ({ results: r }) =>
    `Line chart of the optical interconnect power, in watts, of a reference AI cluster built in each year from ${r.years[0]} to ${r.years[r.years.length - 1]}, if all optics were DSP pluggables, linear pluggables or CPO, and with the modelled technology mix.`,
  data: ({ results: r }) =>
    yearSeries(
      r.years,
      [
        ...TECHNOLOGIES.map((t) => ({ label: `All ${TECH_LABEL[t]}`, values: r.power.clusterPowerW[t] })),
        { label: 'Modelled mix', values: r.power.clusterPowerMixW },
      ],
      'Optics power (W)',
      'watts',
      'Scenario',
    ),
  spec: ({ results: r }) =>
    lineChart({
      series: [...TECHNOLOGIES.map((t) => ({ label: `All ${TECH_LABEL[t]}`, concept: TECH_CONCEPT[t] })), 'Modelled mix'],
      dashed: TECHNOLOGIES.map((t) => `All ${TECH_LABEL[t]}`),
      unit: 'watts',
      years: r.years,
    }),
  table: pivotByYear,
};
