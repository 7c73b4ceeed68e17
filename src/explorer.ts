/**
 * The assumptions a reader may move on the explore page, and what the page shows. Ranges come from each
 * assumption's distribution in the vintage (its central 99%); steps are chosen to read naturally.
 * Browser-safe: the explore page bundles this module with the model itself.
 */
import type { ExplorableAssumption } from './explore/controls';
import type { ExplorerModel, ExplorerView } from './explore/compute';
import { toModelInputs } from './data/inputs';
import { buildFacts } from './model/facts';
import { runModel } from './model/project';

export const explorable: ExplorableAssumption[] = [
  { id: 'scaleOutMidpoint', assumption: 'segments.scaleOut.adoption.midpointYear', label: 'Scale-out adoption midpoint (year)', step: 0.25 },
  { id: 'scaleOutCeiling', assumption: 'segments.scaleOut.adoption.cap', label: 'Scale-out adoption ceiling', step: 0.01 },
  { id: 'scaleUpMidpoint', assumption: 'segments.scaleUp.adoption.midpointYear', label: 'Scale-up adoption midpoint (year)', step: 0.25 },
  { id: 'scaleUpCeiling', assumption: 'segments.scaleUp.adoption.cap', label: 'Scale-up adoption ceiling', step: 0.01 },
  { id: 'learningRate', assumption: 'pricing.learningRate', label: 'Price learning rate (per doubling of volume)', step: 0.005 },
  { id: 'scaleUpPriceFactor', assumption: 'pricing.segmentPriceFactor.scaleUp', label: 'Scale-up price relative to scale-out', step: 0.01 },
  { id: 'bandwidthPerAccelerator', assumption: 'segments.scaleOut.opticalPorts800gEqPerAccelerator', label: 'Scale-out optical bandwidth per accelerator (× published path)', step: 0.01 },
  { id: 'acceleratorShipments', assumption: 'acceleratorShipments', label: 'AI accelerator shipments (× published path)', step: 0.01 },
];

export const explorerView: ExplorerView = {
  headline: ['cagr.2026_2030.exclEls', 'revenue.2030.total', 'crossover.year'],
  chart: { series: 'total.cpoRevenueUsd', title: 'CPO revenue excluding ELS', unit: 'usd' },
};

export const explorerModel: ExplorerModel = {
  toInputs: toModelInputs,
  run: runModel as ExplorerModel['run'],
  facts: buildFacts as ExplorerModel['facts'],
};
