/**
 * Everything the explore page runs in the browser, in one module: the engine's override writer, state and chart,
 * and the report's own model (`defineReport({ explorer: { module } })`, resolved by the integration). The page
 * script imports it, and a test bundles it the same way to check it against the build's validated model path.
 */
import * as reportModel from 'virtual:forecast-report/explorer-model';
import type { ExplorerModel } from './compute';

export { explore, factText, setArguments } from './compute';
export { readSettings, writeSettings } from './state';
export { formatSetting } from './controls';
export { renderExplorerCharts } from './chart';
export { formatValue, registerUnits } from '../format';

export const explorerModel: ExplorerModel = { toInputs: reportModel.toInputs, run: reportModel.run, facts: reportModel.facts };
