import { FactRegistry } from '@forecast-report/engine/model';
import { cagr } from './model/metrics';
import type { ModelInputs, Results } from './model/types';

/** What the engine's fact registry needs from a report: named numbers with a unit and a description. */
export interface FactSink {
  add(name: string, value: number | null, unit: FactUnit, description: string): void;
}

/** The engine's built-in units this report uses, and its own two (declared in src/report.ts). */
export type FactUnit = 'count' | 'fraction' | 'growth' | 'year' | 'ratio' | 'bcm' | 'megatonnes';
export const REPORT_UNITS = {
  bcm: { suffix: ' billion m³', digits: 2, axisFormat: '.1f' },
  megatonnes: { suffix: ' Mt', digits: 2, axisFormat: '.0f' },
} as const;

/**
 * Every named number the chapters and captions may show. Names are stable across vintages with the same
 * horizon; `<Value name="stock.2030"/>` in a chapter fails the build if a name is missing.
 */
export function addFacts(facts: FactSink, r: Results, inputs: ModelInputs): void {
  const { years } = r;
  const first = years[0]!;
  const last = years[years.length - 1]!;
  facts.add('years.start', first, 'year', 'First year of the model horizon');
  facts.add('years.end', last, 'year', 'Last year of the model horizon');
  facts.add('potential', r.marketPotential, 'count', 'Market potential: heat pumps installed at saturation');

  years.forEach((year, i) => {
    facts.add(`stock.${year}`, r.stock[i]!, 'count', `Heat pumps installed at the end of ${year}`);
    facts.add(`sales.${year}`, r.sales[i]!, 'count', `Heat pumps sold in ${year}`);
    facts.add(`sales.${year}.new`, r.newAdopters[i]!, 'count', `Heat pumps sold in ${year} to households without one`);
    facts.add(`sales.${year}.replacement`, r.replacements[i]!, 'count', `Heat pumps sold in ${year} to replace a retired one`);
    facts.add(`share.${year}`, r.householdShare[i]!, 'fraction', `Installed heat pumps per household, end of ${year}`);
    facts.add(`gas.${year}`, r.gasAvoidedM3[i]! / 1e9, 'bcm', `Gas the installed heat pumps avoid in ${year}`);
    facts.add(`co2.${year}`, r.co2AvoidedTonnes[i]! / 1e6, 'megatonnes', `CO₂ the installed heat pumps avoid in ${year}`);
  });

  for (const end of years) {
    if (end === first) continue;
    facts.add(
      `cagr.${first}_${end}.stock`,
      cagr(r.stock[0]!, r.stock[years.indexOf(end)]!, end - first),
      'growth',
      `Yearly growth of the installed stock, ${first}–${end}`,
    );
  }
  facts.add(
    'stock.multiple',
    r.stock[years.length - 1]! / inputs.market.baseStock,
    'ratio',
    `Installed stock at the end of ${last} over the end of ${first - 1}`,
  );
  facts.add('sales.peak', Math.max(...r.sales), 'count', 'Highest yearly sales within the horizon');
  facts.add('sales.peakYear', years[r.sales.indexOf(Math.max(...r.sales))]!, 'year', 'Year of the highest sales within the horizon');

  facts.add('target.stock', inputs.target.stock, 'count', 'Installed heat pumps the policy benchmark asks for');
  facts.add('target.year', inputs.target.year, 'year', 'Year of the policy benchmark');
  facts.add('target.gap', r.metrics.targetGap, 'count', `Shortfall of the installed base against the ${inputs.target.year} benchmark`);
  facts.add(
    'target.shortfall',
    r.metrics.targetGap === null ? null : r.metrics.targetGap / inputs.target.stock,
    'fraction',
    `Shortfall against the ${inputs.target.year} benchmark, as a share of it`,
  );
  facts.add('target.reachedYear', r.metrics.targetReachedYear, 'year', 'First year the modelled stock reaches the benchmark');

  facts.add('input.baseStock', inputs.market.baseStock, 'count', `Heat pumps installed at the end of ${first - 1}`);
  facts.add('input.households', inputs.market.households, 'count', 'Households in the countries covered');
  facts.add('input.saturationShare', inputs.market.saturationShare, 'fraction', 'Heat pumps per household at saturation');
  facts.add('input.baseShare', inputs.market.baseStock / inputs.market.households, 'fraction', `Installed heat pumps per household, end of ${first - 1}`);
  facts.add('input.innovation', inputs.diffusion.innovation, 'fraction', 'Coefficient of innovation (Bass p), per year');
  facts.add('input.imitation', inputs.diffusion.imitation, 'fraction', 'Coefficient of imitation (Bass q), per year');
  facts.add('input.retirementRate', inputs.retirementRate, 'fraction', 'Share of the stock retired and replaced each year');
  facts.add('input.conditions.first', inputs.marketConditions[0]!, 'ratio', `Market-conditions multiplier in ${first}`);
  facts.add('input.gasPerUnit', inputs.impact.gasAvoidedM3PerUnit, 'count', 'Gas avoided per installed heat pump per year, cubic metres');
  facts.add('input.co2PerUnit', inputs.impact.co2AvoidedTonnesPerUnit, 'count', 'CO₂ avoided per installed heat pump per year, tonnes');
}

/** The report's facts registry for one run of the model (defineReport({ facts })). */
export function buildFacts(results: Results, inputs: ModelInputs): FactRegistry {
  const facts = new FactRegistry();
  addFacts(facts, results, inputs);
  return facts;
}
