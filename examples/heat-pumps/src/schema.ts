import { z } from 'zod';
import { scalar, series } from '@forecast-report/engine';

/**
 * assumptions.json of the heat-pump outlook, built from the engine's blocks: every value is a sourced scalar or
 * year series (label, unit, source or rationale, optional distribution).
 */
const wholeYear = z.number().int({ error: 'expected a whole year' }).min(2000, { error: 'expected a year from 2000' }).max(2100, { error: 'expected a year up to 2100' });

export const HeatPumpAssumptions = z.strictObject({
  $schema: z.string().optional(),
  years: z.strictObject({ start: wholeYear, end: wholeYear }),
  market: z.strictObject({
    households: scalar('positive'),
    saturationShare: scalar('fraction'),
    baseStock: scalar('nonNegative'),
  }),
  diffusion: z.strictObject({
    innovation: scalar('fraction'),
    imitation: scalar('fraction'),
  }),
  marketConditions: series('nonNegative'),
  retirementRate: scalar('fraction'),
  impact: z.strictObject({
    gasAvoidedM3PerUnit: scalar('nonNegative'),
    co2AvoidedTonnesPerUnit: scalar('nonNegative'),
  }),
  target: z.strictObject({
    stock: scalar('positive'),
    year: scalar('year'),
  }),
});
export type HeatPumpAssumptions = z.infer<typeof HeatPumpAssumptions>;
