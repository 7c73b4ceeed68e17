/**
 * The CPO market outlook, as the engine sees it: one typed definition (see @forecast-report/engine's contract for
 * every field and its default). astro.config.mjs hands it to the engine's Astro integration; the CLI loads it too.
 */
import { defineReport } from '@forecast-report/engine';
import { calibrate } from './calibrate';
import { CHARTS } from './charts';
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
  assumptions: AssumptionsFile,
  toInputs: toModelInputs,
  run: runModel,
  checks: checkAssumptions,
  facts: buildFacts,
  units: { pjPerBit: { suffix: ' pJ/bit', digits: 2, axisFormat: '.1f' } },
  charts: CHARTS,
  headline: ['cagr.2026_2030.exclEls', 'revenue.{end}.total', 'crossover.year', 'revenue.{end}.els'],
  revision: {
    series: (r) => r.total.cpoRevenueUsd,
    label: 'CPO revenue excluding ELS',
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
      { id: 'bandwidthPerAccelerator', assumption: 'segments.scaleOut.opticalPorts800gEqPerAccelerator', label: 'Scale-out optical bandwidth per accelerator (× published path)', step: 0.01 },
      { id: 'acceleratorShipments', assumption: 'acceleratorShipments', label: 'AI accelerator shipments (× published path)', step: 0.01 },
    ],
    headline: ['cagr.2026_2030.exclEls', 'revenue.{end}.total', 'crossover.year'],
    chart: { series: 'total.cpoRevenueUsd', title: 'CPO revenue excluding ELS', unit: 'usd' },
    command: 'npm run model --',
  },
  // Placeholder until the publisher states the report's licence: the data package, structured data and feed carry it.
  licence: { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 International' },
  describeSeries,
  calibrate,
  timelineFields,
  copy: {
    timelineCaption: 'CPO products, deployments and scale-up standards',
    timelineLabel: 'Dated CPO and scale-up events',
  },
});
