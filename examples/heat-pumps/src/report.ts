/**
 * The heat-pump outlook, as the engine sees it: one typed definition (see @forecast-report/engine's contract for
 * every field and its default). astro.config.mjs hands it to the engine's Astro integration; the CLI loads it too.
 */
import { defineReport } from '@forecast-report/engine';
import { calibrate } from './calibrate';
import { CONCEPTS } from './chart-colours';
import { FIGURES } from './charts/figures';
import { buildFacts, REPORT_UNITS } from './facts';
import { toModelInputs } from './model/inputs';
import { runModel } from './model/project';
import { HeatPumpAssumptions } from './schema';
import { TABLES } from './tables';
import { addUncertaintyFacts, checkEvents, observers, sensitivity, UncertaintyEvents } from './uncertainty';

export default defineReport({
  title: 'Heat pumps in Europe: installed base outlook',
  subtitle: 'Sales, installed base and the 2030 benchmark, 2025–2035',
  description: 'forecast of heat pump sales and the installed base in 19 European countries, with the gas and CO₂ it avoids.',
  // An example report: example.org stands in for the address it would be published at.
  site: { url: 'https://example.org/' },
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  lead: {
    sentence:
      "Europe's installed base of heat pumps grows from {input.baseStock} at the end of 2024 to {stock.2030} in 2030, " +
      '{target.gap} short of the REPowerEU benchmark of {target.stock}.',
    chart: 'fig-installed-base',
    figures: [
      { fact: 'stock.2030', label: 'Heat pumps installed at the end of 2030', base: 'up from {input.baseStock} at the end of 2024' },
      { fact: 'target.gap', label: 'Shortfall against the 2030 benchmark', base: 'of {target.stock} heat pumps' },
      { fact: 'sales.2025', label: 'Heat pumps sold in 2025', base: 'peaking at {sales.peak} in {sales.peakYear}' },
      { fact: 'gas.2030', label: 'Gas the installed base avoids in 2030', base: 'and {co2.2030} of CO₂' },
    ],
  },
  assumptions: HeatPumpAssumptions,
  toInputs: toModelInputs,
  run: runModel,
  facts: buildFacts,
  units: REPORT_UNITS,
  charts: FIGURES,
  chartColours: CONCEPTS,
  // Tables the Vega-Lite files in charts/ plot by name; their fields are the tables' column labels.
  tables: Object.fromEntries(Object.entries(TABLES).map(([name, table]) => [name, (ctx) => table(ctx.results)])),
  headline: ['stock.{end}', 'stock.2030', 'target.gap', 'sales.2025'],
  revision: {
    series: (r) => r.stock,
    label: 'heat pumps installed',
    noun: 'heat pumps installed',
    unit: 'count',
    subject: 'the heat-pump installed-base forecast',
    facts: ['stock.2030', 'stock.2035', 'sales.2025', 'sales.2030', 'target.gap', 'share.2030', 'potential'],
  },
  uncertainty: { events: UncertaintyEvents, checkEvents, observers, sensitivity, facts: addUncertaintyFacts },
  explorer: {
    module: 'src/explorer.ts',
    // The diffusion curve, how far it can go, how many heat pumps are replaced, and the year-to-year market.
    assumptions: [
      { id: 'saturation', assumption: 'market.saturationShare', label: 'Share of households that can adopt', step: 0.01 },
      { id: 'innovation', assumption: 'diffusion.innovation', label: 'Innovation coefficient (Bass p)', step: 0.0005 },
      { id: 'imitation', assumption: 'diffusion.imitation', label: 'Imitation coefficient (Bass q)', step: 0.005 },
      { id: 'marketConditions', assumption: 'marketConditions', label: 'Market conditions (× published path)', step: 0.01 },
      { id: 'retirement', assumption: 'retirementRate', label: 'Share of the stock retired each year', step: 0.0005 },
    ],
    headline: ['stock.{end}', 'stock.2030', 'target.gap'],
    chart: { series: 'stock', title: 'Heat pumps installed', unit: 'count' },
  },
  calibrate,
});
