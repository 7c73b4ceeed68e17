/**
 * Everything the explore page runs in the browser, in one module: the engine's override writer and the
 * report's own model, facts and view. The page script imports it, and a test bundles it the same way to
 * check it against the build's validated model path.
 */
export { explore, factText, runWith, overridesFor, setArguments } from './compute';
export { readSettings, writeSettings } from './state';
export { formatSetting } from './controls';
export { renderExplorerCharts } from './chart';
export { formatValue } from '../format';
export { explorable, explorerModel, explorerView } from '../explorer';
