import type { LogisticParams } from './types';

/**
 * Logistic adoption share: cap / (1 + exp(−k·(year − midpoint))), and 0 before the first shipment year: a
 * logistic curve is never exactly zero, so without that floor it books volume in years before any product ships.
 */
export function logisticShare(year: number, { cap, steepness, midpointYear, firstShipmentYear }: LogisticParams): number {
  if (firstShipmentYear !== undefined && year < firstShipmentYear) return 0;
  return cap / (1 + Math.exp(-steepness * (year - midpointYear)));
}
