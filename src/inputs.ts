import { yearsOf, type ScalarAssumption, type SeriesAssumption } from '@forecast-report/engine';
import { PORT_SPEEDS, SEGMENTS, TECHNOLOGIES, type ModelInputs, type PortSpeed, type SegmentInputs, type Technology } from './model/types';
import type { AssumptionsFile } from './schema';

/** Strips provenance and turns year-keyed series into arrays aligned with the model's years. */
export function toModelInputs(doc: AssumptionsFile): ModelInputs {
  const years = yearsOf(doc);
  const v = (n: ScalarAssumption) => n.value;
  const s = (n: SeriesAssumption) => years.map((y) => n.values[String(y)]!);
  const segment = (seg: AssumptionsFile['segments']['scaleOut']): SegmentInputs => ({
    opticalPorts800gEqPerAccelerator: s(seg.opticalPorts800gEqPerAccelerator),
    adoption: {
      cap: v(seg.adoption.cap),
      steepness: v(seg.adoption.steepness),
      midpointYear: v(seg.adoption.midpointYear),
      ...(seg.adoption.firstShipmentYear ? { firstShipmentYear: v(seg.adoption.firstShipmentYear) } : {}),
    },
    lpoShareOfPluggable: s(seg.lpoShareOfPluggable),
    speedMix: Object.fromEntries(PORT_SPEEDS.map((sp) => [sp, s(seg.speedMix[sp])])) as Record<PortSpeed, number[]>,
  });
  return {
    years,
    acceleratorShipments: s(doc.acceleratorShipments),
    segments: Object.fromEntries(SEGMENTS.map((k) => [k, segment(doc.segments[k])])) as ModelInputs['segments'],
    pricing: {
      cpoAspUsdPer800gEq: v(doc.pricing.cpoAspUsdPer800gEq),
      learningRate: v(doc.pricing.learningRate),
      initialCumulativePorts800gEq: v(doc.pricing.initialCumulativePorts800gEq),
      segmentPriceFactor: { scaleOut: v(doc.pricing.segmentPriceFactor.scaleOut), scaleUp: v(doc.pricing.segmentPriceFactor.scaleUp) },
    },
    els: {
      lasersPer800gEq: v(doc.els.lasersPer800gEq),
      laserAspUsd: v(doc.els.laserAspUsd),
      laserAspAnnualDecline: v(doc.els.laserAspAnnualDecline),
    },
    ...(doc.units
      ? { units: { switchCapacity800gEq: s(doc.units.switchCapacity800gEq), opticalEngineCapacity800gEq: s(doc.units.opticalEngineCapacity800gEq) } }
      : {}),
    power: {
      energyPjPerBit: Object.fromEntries(
        TECHNOLOGIES.map((t) => [t, Object.fromEntries(PORT_SPEEDS.map((sp) => [sp, v(doc.power.energyPjPerBit[t][sp])]))]),
      ) as Record<Technology, Record<PortSpeed, number>>,
      referenceClusterAccelerators: v(doc.power.referenceClusterAccelerators),
      ...(doc.power.scaleUpNonCpoOpticalShare ? { scaleUpNonCpoOpticalShare: v(doc.power.scaleUpNonCpoOpticalShare) } : {}),
    },
  };
}
