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
  calibrate,
  timelineFields,
  copy: {
    timelineCaption: 'CPO products, deployments and scale-up standards',
    timelineLabel: 'Dated CPO and scale-up events',
  },
});
