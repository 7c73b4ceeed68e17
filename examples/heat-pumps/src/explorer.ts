/**
 * The heat-pump model as the explore page runs it in the browser: the same functions src/report.ts hands the
 * engine, gathered in one browser-safe module (defineReport({ explorer: { module: 'src/explorer.ts' } })).
 */
export { toModelInputs as toInputs } from './model/inputs';
export { runModel as run } from './model/project';
export { buildFacts as facts } from './facts';
