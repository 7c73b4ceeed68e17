import { bassAdoption } from './bass';
import type { ModelInputs, Results, Series } from './types';

/**
 * Runs the projection, year by year: new adopters follow discrete Bass diffusion toward the market potential,
 * scaled by the year's market conditions; retired heat pumps are replaced one for one, so sales are new
 * adopters plus replacements while the stock grows by new adopters only. Gas and CO₂ avoided scale with the
 * stock. Pure: no I/O, same inputs give the same numbers.
 */
export function runModel(inputs: ModelInputs): Results {
  const { years } = inputs;
  const potential = inputs.market.households * inputs.market.saturationShare;
  const stock: Series = [];
  const newAdopters: Series = [];
  const replacements: Series = [];
  let previous = inputs.market.baseStock;
  years.forEach((_, i) => {
    const adopters = bassAdoption(previous, potential, inputs.diffusion.innovation, inputs.diffusion.imitation) * inputs.marketConditions[i]!;
    replacements.push(previous * inputs.retirementRate);
    newAdopters.push(adopters);
    previous += adopters;
    stock.push(previous);
  });
  const sales = newAdopters.map((a, i) => a + replacements[i]!);
  const targetIndex = years.indexOf(inputs.target.year);
  const reached = stock.findIndex((s) => s >= inputs.target.stock);
  return {
    years: [...years],
    marketPotential: potential,
    stock,
    sales,
    newAdopters,
    replacements,
    householdShare: stock.map((s) => (inputs.market.households > 0 ? s / inputs.market.households : 0)),
    gasAvoidedM3: stock.map((s) => s * inputs.impact.gasAvoidedM3PerUnit),
    co2AvoidedTonnes: stock.map((s) => s * inputs.impact.co2AvoidedTonnesPerUnit),
    metrics: {
      targetReachedYear: reached < 0 ? null : years[reached]!,
      targetGap: targetIndex < 0 ? null : inputs.target.stock - stock[targetIndex]!,
    },
  };
}
