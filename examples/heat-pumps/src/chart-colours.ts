import { defineConcepts } from '@forecast-report/engine';

/**
 * One colour per concept for every chart of this report: a series whose label is a concept's label takes its
 * colour (light and dark page). Without them the category palette is empty and coloured series draw no colour.
 * Light colours meet 4.5:1 on white, dark ones on the dark page (#15171a).
 */
export const CONCEPTS = defineConcepts({
  installed: { label: 'Installed heat pumps', light: '#0b62a8', dark: '#5eb1f2' },
  firstTime: { label: 'First-time buyers', light: '#0a7558', dark: '#43c99b' },
  replacement: { label: 'Replacements', light: '#b04f00', dark: '#f29c4b' },
  bands: { label: 'Median, 50% and 90% bands', light: '#7b3fa5', dark: '#c59ae8' },
  point: { label: 'Point forecast', light: '#262a5e', dark: '#c9cdf5' },
  atLow: { label: 'Assumption at p5', light: '#8a6a00', dark: '#e3c04a' },
  atHigh: { label: 'Assumption at p95', light: '#3d6e9c', dark: '#8fbde6' },
});
