import type { PricingInputs, Series } from './types';

/**
 * Wright's law: each doubling of cumulative volume cuts price by `learningRate`.
 * A year's price uses the volume shipped before it, so price and volume are not circular.
 */
export function experienceCurvePrice(basePrice: number, learningRate: number, baseCumulative: number, cumulative: number): number {
  if (baseCumulative <= 0) return basePrice;
  const exponent = Math.log2(1 - learningRate);
  return basePrice * Math.pow(Math.max(cumulative, baseCumulative) / baseCumulative, exponent);
}

export interface AspPath {
  aspUsd: Series;
  cumulativeAtStart: Series;
}

/**
 * Prices CPO volume year by year. Demand is set by accelerators, not by price, so one forward pass
 * over the volumes gives the whole path.
 */
export function cpoAspPath(pricing: PricingInputs, volumes: Series): AspPath {
  const aspUsd: Series = [];
  const cumulativeAtStart: Series = [];
  let cumulative = pricing.initialCumulativePorts800gEq;
  for (const volume of volumes) {
    cumulativeAtStart.push(cumulative);
    aspUsd.push(experienceCurvePrice(pricing.cpoAspUsdPer800gEq, pricing.learningRate, pricing.initialCumulativePorts800gEq, cumulative));
    cumulative += volume;
  }
  return { aspUsd, cumulativeAtStart };
}

/** Price that declines by a constant fraction each year from the first model year. */
export function decliningPrice(firstYearPrice: number, annualDecline: number, yearCount: number): Series {
  return Array.from({ length: yearCount }, (_, i) => firstYearPrice * Math.pow(1 - annualDecline, i));
}
