export * from './types';
export { runModel } from './project';
export { cagr, seriesCagr, crossoverYear } from '@forecast-report/engine';
export { logisticShare } from './adoption';
export { experienceCurvePrice, cpoAspPath, decliningPrice } from './pricing';
export { wattsPerPort, clusterOpticsPowerW } from './power';
export { yearIndex } from '@forecast-report/engine';
