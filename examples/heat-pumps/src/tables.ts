import type { ChartData } from '@forecast-report/engine';
import type { Results } from './model/types';

/**
 * Named tables the model publishes for plain Vega-Lite figures: a spec file's `data: {"name": "impact"}`
 * plots the rows of `impact`. Units are converted here so a spec needs no arithmetic.
 */
export const TABLES: Record<string, (r: Results) => ChartData> = {
  impact: (r) => ({
    columns: [
      { key: 'year', label: 'Year', unit: 'year' },
      { key: 'gasBcm', label: 'Gas avoided (billion m³)', unit: 'count' },
      { key: 'co2Mt', label: 'CO₂ avoided (Mt)', unit: 'count' },
    ],
    rows: r.years.map((year, i) => ({ year, gasBcm: r.gasAvoidedM3[i]! / 1e9, co2Mt: r.co2AvoidedTonnes[i]! / 1e6 })),
  }),
  adoption: (r) => ({
    columns: [
      { key: 'year', label: 'Year', unit: 'year' },
      { key: 'householdShare', label: 'Heat pumps per household', unit: 'fraction' },
    ],
    rows: r.years.map((year, i) => ({ year, householdShare: r.householdShare[i]! })),
  }),
};
