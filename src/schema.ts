import { z } from 'zod';
import { finiteNumber, got, Horizon, kinds, scalar, series, type ValueKind } from '@forecast-report/engine';

/**
 * assumptions.json of the CPO outlook, built from the engine's blocks (`scalar`, `series`: a sourced value or
 * year series with an optional distribution). The JSON Schema in data/schema/ is generated from it (npm run schema).
 */
const speedSeries = (kind: ValueKind) => z.strictObject({ '800G': series(kind), '1.6T': series(kind), '3.2T': series(kind) });
const speedScalars = (kind: ValueKind) => z.strictObject({ '800G': scalar(kind), '1.6T': scalar(kind), '3.2T': scalar(kind) });

const segment = z.strictObject({
  opticalPorts800gEqPerAccelerator: series('nonNegative'),
  adoption: z.strictObject({
    cap: scalar('fraction'),
    steepness: scalar('positive'),
    midpointYear: scalar('year'),
    /** First year the segment's CPO ships in volume; before it the share is 0 (a logistic curve alone never is). */
    firstShipmentYear: scalar('year').optional(),
  }),
  lpoShareOfPluggable: series('fraction'),
  speedMix: speedSeries('fraction'),
});

export const AssumptionsFile = z.strictObject({
  $schema: z.string().optional(),
  years: Horizon,
  acceleratorShipments: series('nonNegative'),
  segments: z.strictObject({ scaleOut: segment, scaleUp: segment }),
  pricing: z.strictObject({
    cpoAspUsdPer800gEq: scalar('positive'),
    learningRate: scalar('experienceRate'),
    initialCumulativePorts800gEq: scalar('positive'),
    segmentPriceFactor: z.strictObject({ scaleOut: scalar('positive'), scaleUp: scalar('positive') }),
  }),
  els: z.strictObject({
    lasersPer800gEq: scalar('nonNegative'),
    laserAspUsd: scalar('nonNegative'),
    laserAspAnnualDecline: scalar('learningRate'),
  }),
  /**
   * Optional: how much capacity one CPO switch and one optical engine carry, to turn 800G-equivalents into unit
   * shipments. Vintages without it publish no unit counts.
   */
  units: z
    .strictObject({
      switchCapacity800gEq: series('positive'),
      opticalEngineCapacity800gEq: series('positive'),
    })
    .optional(),
  power: z.strictObject({
    energyPjPerBit: z.strictObject({
      pluggableDsp: speedScalars('positive'),
      lpo: speedScalars('positive'),
      cpo: speedScalars('positive'),
    }),
    referenceClusterAccelerators: scalar('positive'),
    /**
     * Share of scale-up bandwidth outside CPO that runs on optics (pluggables) rather than copper, for cluster power.
     * Absent: every scale-up link counts as optical (the rule of vintages made before it existed).
     */
    scaleUpNonCpoOpticalShare: scalar('fraction').optional(),
  }),
});
export type AssumptionsFile = z.infer<typeof AssumptionsFile>;

/** Extra fields of a timeline.json event: which network segment it concerns. */
export const timelineFields = {
  segment: z.enum(['scaleOut', 'scaleUp', 'both'], { error: 'expected "scaleOut", "scaleUp" or "both"' }),
};

const year = kinds.year.int(got('expected a whole year'));
/** uncertainty.json#/events: the crossover year and the CAGR window and thresholds the Monte Carlo reports on. */
export const UncertaintyEvents = z.strictObject({
  crossoverBefore: year,
  cagr: z.strictObject({
    from: year,
    to: year,
    thresholds: z.array(finiteNumber).min(1, { error: 'expected at least one CAGR threshold (a fraction, 1 = 100%)' }),
  }),
});
export type UncertaintyEvents = z.infer<typeof UncertaintyEvents>;
