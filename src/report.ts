/**
 * The CPO market outlook, as the engine sees it: one typed definition (see @forecast-report/engine's contract for
 * every field and its default). astro.config.mjs hands it to the engine's Astro integration; the CLI loads it too.
 */
import { defineReport } from '@forecast-report/engine';
import { calibrate } from './calibrate';
import { CHARTS } from './charts';
import { CONCEPTS } from './chart-colours';
import { checkAssumptions, checkEvents } from './checks';
import { buildFacts } from './facts';
import { toModelInputs } from './inputs';
import { runModel } from './model/project';
import { AssumptionsFile, timelineFields, UncertaintyEvents } from './schema';
import { observers, sensitivity } from './uncertainty';
import { describeSeries } from './series-names';
import { addUncertaintyFacts } from './uncertainty/facts';

export default defineReport({
  title: 'Co-packaged optics market outlook',
  description: 'forecast of co-packaged optics revenue by segment, port speed and technology.',
  // The address the report is published at. CI's GitHub Pages deploy overrides it with REPORT_SITE.
  site: { url: 'https://cpo-outlook.org/' },
  publisher: { name: 'CPO Outlook', url: 'https://cpo-outlook.org/' },
  authors: [{ name: 'CPO Outlook research team', role: 'Forecast, model and text' }],
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  contact: { email: 'research@cpo-outlook.org' },
  lead: {
    sentence:
      'Co-packaged optics revenue, excluding external lasers, grows from {revenue.2026.total} in 2026 to {revenue.2030.total} in 2030, ' +
      '{cagr.2026_2030.exclEls} a year, and GPU scale-up networks overtake scale-out switching in {crossover.year}.',
    chart: 'fig-market-by-segment',
    figures: [
      { fact: 'revenue.2030.total', label: 'CPO revenue in 2030, excluding lasers', base: 'up from {revenue.2026.total} in 2026' },
      { fact: 'cagr.2026_2030.exclEls', label: 'Annual growth of CPO revenue, 2026–2030', base: 'compound, on a 2026 base of {revenue.2026.total}' },
      { fact: 'crossover.year', label: 'Scale-up CPO revenue overtakes scale-out', base: '{share.2030.scaleUp} of CPO revenue by 2030' },
      {
        fact: 'power.saving.1_6t.cpoVsDsp',
        label: 'Power saved per 1.6T port',
        base: '{power.cpo.1_6t.watts} instead of {power.pluggableDsp.1_6t.watts} with a DSP pluggable',
      },
    ],
  },
  assumptions: AssumptionsFile,
  toInputs: toModelInputs,
  run: runModel,
  checks: checkAssumptions,
  facts: buildFacts,
  units: { pjPerBit: { suffix: ' pJ/bit', digits: 2, axisFormat: '.1f' } },
  charts: CHARTS,
  chartColours: CONCEPTS,
  headline: ['cagr.2026_2030.exclEls', 'revenue.{end}.total', 'crossover.year', 'revenue.{end}.els'],
  revision: {
    series: (r) => r.total.cpoRevenueUsd,
    label: 'CPO revenue excluding ELS',
    noun: 'revenue',
    unitLabel: 'USD',
    subject: 'the CPO market forecast',
    facts: [
      'revenue.2030.total',
      'cagr.2026_2030.exclEls',
      'revenue.2026.total',
      'crossover.year',
      'share.2030.scaleUp',
      'revenue.2030.scaleUp',
      'revenue.2030.scaleOut',
      'revenue.2030.els',
    ],
  },
  uncertainty: { events: UncertaintyEvents, checkEvents, observers, sensitivity, facts: addUncertaintyFacts },
  explorer: {
    module: 'src/explorer.ts',
    // Adoption midpoints and ceilings, price learning and the scale-up price factor, and the two demand drivers.
    assumptions: [
      { id: 'scaleOutMidpoint', assumption: 'segments.scaleOut.adoption.midpointYear', label: 'Scale-out adoption midpoint (year)', step: 0.25 },
      { id: 'scaleOutCeiling', assumption: 'segments.scaleOut.adoption.cap', label: 'Scale-out adoption ceiling', step: 0.01 },
      { id: 'scaleUpMidpoint', assumption: 'segments.scaleUp.adoption.midpointYear', label: 'Scale-up adoption midpoint (year)', step: 0.25 },
      { id: 'scaleUpCeiling', assumption: 'segments.scaleUp.adoption.cap', label: 'Scale-up adoption ceiling', step: 0.01 },
      { id: 'learningRate', assumption: 'pricing.learningRate', label: 'Price learning rate (per doubling of volume)', step: 0.005 },
      { id: 'scaleUpPriceFactor', assumption: 'pricing.segmentPriceFactor.scaleUp', label: 'Scale-up price relative to scale-out', step: 0.01 },
      {
        id: 'bandwidthPerAccelerator',
        assumption: 'segments.scaleOut.opticalPorts800gEqPerAccelerator',
        label: 'Scale-out optical bandwidth per accelerator (× published path)',
        step: 0.01,
      },
      { id: 'acceleratorShipments', assumption: 'acceleratorShipments', label: 'AI accelerator shipments (× published path)', step: 0.01 },
    ],
    headline: ['cagr.2026_2030.exclEls', 'revenue.{end}.total', 'crossover.year'],
    chart: { series: 'total.cpoRevenueUsd', title: 'CPO revenue excluding ELS', unit: 'usd' },
    command: 'npm run model --',
  },
  describeSeries,
  calibrate,
  timelineFields,
  copy: {
    timelineCaption: 'CPO products, deployments and scale-up standards',
    timelineLabel: 'Dated CPO and scale-up events',
  },
});
