/** Vocabulary of the heat-pump stock model. Series are arrays aligned with `years`. */

export type Series = number[];

export interface DiffusionParams {
  /** Bass coefficient of innovation: yearly adoption probability of a household no neighbour has influenced. */
  innovation: number;
  /** Bass coefficient of imitation: how much each adopter raises the adoption probability of the rest. */
  imitation: number;
}

export interface MarketInputs {
  /** Households in the countries covered. */
  households: number;
  /** Heat pumps per household at saturation, 0–1 (the Bass market potential is households × this). */
  saturationShare: number;
  /** Heat pumps installed at the end of the year before the first model year. */
  baseStock: number;
}

/** Mirrors assumptions.json key for key, so a dotted assumption id is also a path into the inputs. */
export interface ModelInputs {
  years: number[];
  market: MarketInputs;
  diffusion: DiffusionParams;
  /** Multiplier on new adoption each year: 1 is neutral policy and energy prices, below 1 a headwind. */
  marketConditions: Series;
  /** Share of the installed stock retired each year; each retired unit is replaced by a new heat pump. */
  retirementRate: number;
  impact: {
    /** Gas a heat pump in the stock avoids per year, in cubic metres. */
    gasAvoidedM3PerUnit: number;
    /** CO₂ a heat pump in the stock avoids per year, in tonnes. */
    co2AvoidedTonnesPerUnit: number;
  };
  /** A policy benchmark the stock is measured against: `stock` heat pumps installed by `year`. */
  target: { stock: number; year: number };
}

export interface Results {
  years: number[];
  /** Bass market potential: households × saturation share. */
  marketPotential: number;
  /** Installed heat pumps at the end of each year. */
  stock: Series;
  /** Heat pumps sold: first-time adopters plus replacements of retired units. */
  sales: Series;
  /** Sales to households that had no heat pump (the net growth of the stock). */
  newAdopters: Series;
  /** Sales that replace a retired heat pump. */
  replacements: Series;
  /** Installed heat pumps per household, 0–1. */
  householdShare: Series;
  /** Gas the installed stock avoids in the year, cubic metres. */
  gasAvoidedM3: Series;
  /** CO₂ the installed stock avoids in the year, tonnes. */
  co2AvoidedTonnes: Series;
  metrics: {
    /** First model year whose year-end stock reaches the target; null when it does not within the horizon. */
    targetReachedYear: number | null;
    /** Target stock minus modelled stock in the target year (positive: short of it); null outside the horizon. */
    targetGap: number | null;
  };
}
