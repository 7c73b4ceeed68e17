import type { LogisticParams } from './types';

/** Logistic adoption share: cap / (1 + exp(−k·(year − midpoint))). */
export function logisticShare(year: number, { cap, steepness, midpointYear }: LogisticParams): number {
  return cap / (1 + Math.exp(-steepness * (year - midpointYear)));
}
