/** Figures of the "why now" chapter that work per port rather than per bit. */
import type { Figure } from '../types';
import { axisFor, conceptScale, pivot, size, type Row } from '@forecast-report/engine';
import { PORT_SPEEDS, TECHNOLOGIES } from '../../model/types';

const TECH_LABEL = { pluggableDsp: 'DSP pluggable', lpo: 'Linear pluggable (LPO)', cpo: 'CPO' } as const;

export const wattsPerPort: Figure = {
  id: 'fig-watts-per-port',
  title: 'CPO draws the least power per port',
  subtitle: 'Power per port, watts, by technology and port speed',
  caption: ({ facts }) =>
    `A 3.2T DSP pluggable draws about ${facts.get('power.pluggableDsp.3_2t.watts').text} per port and a 3.2T CPO port ${facts.get('power.cpo.3_2t.watts').text}. Per-port power grows with speed even as energy per bit improves, which is the thermal wall at the switch faceplate.`,
  description: ({ facts }) =>
    `Grouped bar chart of watts per port for DSP pluggables, linear pluggables and CPO at 800G, 1.6T and 3.2T. At 1.6T: ${facts.get('power.pluggableDsp.1_6t.watts').text} (DSP), ${facts.get('power.lpo.1_6t.watts').text} (LPO), ${facts.get('power.cpo.1_6t.watts').text} (CPO).`,
  data: ({ results: r }) => {
    const rows: Row[] = [];
    for (const speed of PORT_SPEEDS) {
      for (const tech of TECHNOLOGIES) rows.push({ speed, technology: TECH_LABEL[tech], wattsPerPort: r.power.wattsPerPort[tech][speed] });
    }
    return {
      columns: [
        { key: 'speed', label: 'Port speed' },
        { key: 'technology', label: 'Technology' },
        { key: 'wattsPerPort', label: 'Power per port (W)', unit: 'watts' },
      ],
      rows,
    };
  },
  spec: () => ({
    ...size,
    layer: [
      {
        mark: 'bar',
        encoding: {
          x: { field: 'speed', type: 'ordinal', title: null, sort: [...PORT_SPEEDS], axis: { labelAngle: 0 } },
          xOffset: { field: 'technology', type: 'nominal', sort: Object.values(TECH_LABEL) },
          y: { field: 'wattsPerPort', type: 'quantitative', title: null, axis: axisFor('watts') },
          color: { field: 'technology', type: 'nominal', title: null, sort: Object.values(TECH_LABEL), scale: conceptScale(Object.values(TECH_LABEL)) },
        },
      },
      {
        mark: { type: 'text', baseline: 'bottom', dy: -3 },
        encoding: {
          x: { field: 'speed', type: 'ordinal', sort: [...PORT_SPEEDS] },
          xOffset: { field: 'technology', type: 'nominal', sort: Object.values(TECH_LABEL) },
          y: { field: 'wattsPerPort', type: 'quantitative' },
          text: { field: 'wattsPerPort', type: 'quantitative', format: '.2~r' },
        },
      },
    ],
  }),
  table: (d) => pivot(d, 'speed', 'technology', 'wattsPerPort'),
};
