export * from './types';
export { runModel } from './project';
export { cagr, seriesCagr, crossoverYear } from '@forecast-report/engine';
export { logisticShare } from './adoption';
export { experienceCurvePrice } from './pricing';
export { wattsPerPort } from './power';
