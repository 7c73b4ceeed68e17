import type { HeatPumpAssumptions } from '../schema';
import type { ModelInputs } from './types';

/** The model's years for a validated document. */
export function yearsOf(doc: Pick<HeatPumpAssumptions, 'years'>): number[] {
  const out: number[] = [];
  for (let y = doc.years.start; y <= doc.years.end; y++) out.push(y);
  return out;
}

/** Strips provenance and turns the year-keyed series into an array aligned with the model's years. */
export function toModelInputs(doc: HeatPumpAssumptions): ModelInputs {
  const years = yearsOf(doc);
  return {
    years,
    market: { households: doc.market.households.value, saturationShare: doc.market.saturationShare.value, baseStock: doc.market.baseStock.value },
    diffusion: { innovation: doc.diffusion.innovation.value, imitation: doc.diffusion.imitation.value },
    marketConditions: years.map((y) => doc.marketConditions.values[String(y)]!),
    retirementRate: doc.retirementRate.value,
    impact: { gasAvoidedM3PerUnit: doc.impact.gasAvoidedM3PerUnit.value, co2AvoidedTonnesPerUnit: doc.impact.co2AvoidedTonnesPerUnit.value },
    target: { stock: doc.target.stock.value, year: doc.target.year.value },
  };
}
