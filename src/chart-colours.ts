import { defineConcepts } from '@forecast-report/engine';

/**
 * The report's colour for each concept, used by every chart (docs/chart-style.md). A series whose label
 * is a concept's label takes its colour; grey (the engine's "context" role) is for everything else; the
 * engine's own roles (forecast old and new, rises and falls, range ends) have their colours already.
 * Light colours meet 4.5:1 on white, dark ones 4.5:1 on the dark page (#15171a).
 */
export const CONCEPTS = defineConcepts({
  cpo: { label: 'CPO', light: '#0b62a8', dark: '#5eb1f2' },
  dspPluggable: { label: 'DSP pluggable', light: '#b04f00', dark: '#f29c4b' },
  lpo: { label: 'Linear pluggable (LPO)', light: '#7b3fa5', dark: '#c59ae8' },
  copper: { label: 'Copper', light: '#7a5230', dark: '#d3a273' },
  scaleUp: { label: 'Scale-up', light: '#0a7558', dark: '#43c99b' },
  scaleOut: { label: 'Scale-out', light: '#a8326a', dark: '#f08ab8' },
  els: { label: 'External laser sources', light: '#8a6a00', dark: '#e3c04a' },
  speed800g: { label: '800G', light: '#3d6e9c', dark: '#8fbde6' },
  speed1_6t: { label: '1.6T', light: '#b3470c', dark: '#f59a63' },
  speed3_2t: { label: '3.2T', light: '#2f7d32', dark: '#7fcf72' },
  mix: { label: 'Modelled mix', light: '#262a5e', dark: '#c9cdf5' },
  both: { label: 'Both', light: '#5a5a8c', dark: '#aeb0e0' },
});
