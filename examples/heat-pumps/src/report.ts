/**
 * The heat-pump outlook, as the engine sees it: one typed definition (see @forecast-report/engine's contract for
 * every field and its default). astro.config.mjs hands it to the engine's Astro integration; the CLI loads it too.
 */
import { defineReport, FactRegistry } from '@forecast-report/engine';
import { fileURLToPath } from 'node:url';
import { calibrate } from './calibrate';
import { FIGURES } from './charts/figures';
import { specFigures } from './charts/spec-files';
import { addFacts, REPORT_UNITS } from './facts';
import { toModelInputs } from './model/inputs';
import { runModel } from './model/project';
import { HeatPumpAssumptions } from './schema';
import { TABLES } from './tables';
import { addUncertaintyFacts, checkEvents, observers, sensitivity, UncertaintyEvents } from './uncertainty';

export default defineReport({
  title: 'Heat pumps in Europe: installed base outlook',
  subtitle: 'Sales, installed base and the 2030 benchmark, 2025–2035',
  description: 'forecast of heat pump sales and the installed base in 19 European countries, with the gas and CO₂ it avoids.',
  assumptions: HeatPumpAssumptions,
  toInputs: toModelInputs,
  run: runModel,
  facts: (results, inputs) => {
    const facts = new FactRegistry();
    addFacts(facts, results, inputs);
    return facts;
  },
  units: REPORT_UNITS,
  charts: [...FIGURES, ...specFigures(fileURLToPath(new URL('../charts/', import.meta.url)), TABLES)],
  headline: ['stock.{end}', 'stock.2030', 'target.gap', 'sales.2025'],
  revision: {
    series: (r) => r.stock,
    label: 'heat pumps installed',
    unit: 'count',
    subject: 'the heat-pump installed-base forecast',
    facts: ['stock.2030', 'stock.2035', 'sales.2025', 'sales.2030', 'target.gap', 'share.2030', 'potential'],
  },
  uncertainty: { events: UncertaintyEvents, checkEvents, observers, sensitivity, facts: addUncertaintyFacts },
  calibrate,
});
