import type { Figure } from './types';
import { portsBySpeed, technologyMix } from './figures/adoption';
import { marketBySegment, revenueWithEls, segmentCrossover } from './figures/market';
import { addressableBandwidth, adoptionBySegment, aspPath, revenueBySpeed, scaleOutMix } from './figures/outlook';
import { clusterPower, energyPerBit } from './figures/power';
import { wattsPerPort } from './figures/port-power';
import { vendorTimeline } from './figures/timeline';
import { unitShipments } from './figures/units';
import { UNCERTAINTY_CHARTS } from './figures/uncertainty';

/** Every figure of the report, by id. Order here is only the order of the data downloads page. */
export const CHARTS: readonly Figure[] = [
  marketBySegment,
  revenueWithEls,
  segmentCrossover,
  technologyMix,
  portsBySpeed,
  energyPerBit,
  clusterPower,
  wattsPerPort,
  revenueBySpeed,
  scaleOutMix,
  adoptionBySegment,
  addressableBandwidth,
  aspPath,
  unitShipments,
  vendorTimeline,
  ...UNCERTAINTY_CHARTS,
];
