import type { Figure } from '../types';
import { pivotByYear, stackedBarsByYear, yearSeries } from '@forecast-report/engine';
import { PORT_SPEEDS } from '../../model/types';

export const technologyMix: Figure = {
  id: 'fig-technology-mix',
  title: 'Pluggables and copper still carry most bandwidth at the horizon',
  subtitle: 'Share of all link bandwidth in 800G-equivalents, by technology',
  caption: ({ facts, results: r }) =>
    `DSP pluggables and scale-up copper still carry ${facts.get(`share.${r.years[r.years.length - 1]}.pluggableDsp`).text} and ${facts.get(`share.${r.years[r.years.length - 1]}.lpo`).text} (LPO) of optical bandwidth in ${r.years[r.years.length - 1]}; CPO rises from ${facts.get('share.2026.cpo').text} in 2026 to ${facts.get(`share.${r.years[r.years.length - 1]}.cpo`).text}.`,
  description: ({ facts, results: r }) =>
    `Stacked area chart of the share of optical bandwidth, in 800G-equivalents, carried by DSP pluggables or copper, linear pluggables and CPO each year from ${r.years[0]} to ${r.years[r.years.length - 1]}. CPO reaches ${facts.get(`share.${r.years[r.years.length - 1]}.cpo`).text} by the end.`,
  data: ({ results: r }) =>
    yearSeries(
      r.years,
      [
        // In scale-up the non-CPO, non-LPO remainder is mostly copper, which the model does not split out.
        { label: 'DSP pluggable or copper', values: r.total.techShare.pluggableDsp },
        { label: 'Linear pluggable (LPO)', values: r.total.techShare.lpo },
        { label: 'CPO', values: r.total.techShare.cpo },
      ],
      'Share of bandwidth',
      'fraction',
      'Technology',
    ),
  spec: () =>
    stackedBarsByYear({
      series: [{ label: 'DSP pluggable or copper', concept: 'dspPluggable' }, 'Linear pluggable (LPO)', 'CPO'],
      unit: 'fraction',
      normalize: true,
    }),
  table: pivotByYear,
};

export const portsBySpeed: Figure = {
  id: 'fig-ports-by-speed',
  title: 'Port volume shifts to faster speeds',
  subtitle: 'Optical ports bought per year, by port speed, all technologies',
  caption: ({ results: r }) =>
    `Physical optical ports by line rate, all technologies and both segments. 3.2T ports appear from ${r.years.find((_, i) => r.total.portsBySpeed['3.2T'][i]! > 0) ?? 'after the horizon'}.`,
  description: ({ results: r }) =>
    `Stacked bar chart of optical ports bought each year at 800G, 1.6T and 3.2T, ${r.years[0]} to ${r.years[r.years.length - 1]}.`,
  data: ({ results: r }) =>
    yearSeries(
      r.years,
      PORT_SPEEDS.map((speed) => ({ label: speed, values: r.total.portsBySpeed[speed] })),
      'Ports',
      'count',
      'Port speed',
    ),
  spec: () => stackedBarsByYear({ series: [...PORT_SPEEDS], unit: 'count' }),
  table: pivotByYear,
};
