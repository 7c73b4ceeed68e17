import { logisticShare } from './adoption';
import { crossoverYear } from '@forecast-report/engine/model';
import { clusterOpticsPowerW, wattsPerPortTable } from './power';
import { cpoAspPath, decliningPrice } from './pricing';
import { add, mul, ratio, sumSeries } from '@forecast-report/engine/model';
import {
  PORT_SPEED_800G_EQ,
  PORT_SPEEDS,
  SEGMENTS,
  TECHNOLOGIES,
  type ModelInputs,
  type PortSpeed,
  type Results,
  type Segment,
  type SegmentInputs,
  type Series,
  type Technology,
} from './types';

// Built with a loop rather than Object.fromEntries(map(…)): the Monte Carlo calls runModel thousands of
// times, and these helpers were its largest cost in allocation.
function perKey<K extends string, T>(keys: readonly K[], f: (key: K) => T): Record<K, T> {
  const out = {} as Record<K, T>;
  for (const k of keys) out[k] = f(k);
  return out;
}
const perSpeed = <T>(f: (speed: PortSpeed) => T) => perKey(PORT_SPEEDS, f);
const perTech = <T>(f: (tech: Technology) => T) => perKey(TECHNOLOGIES, f);
const perSegment = <T>(f: (segment: Segment) => T) => perKey(SEGMENTS, f);

/** Demand and technology split of one segment, before pricing. */
function segmentVolumes(years: number[], accelerators: Series, seg: SegmentInputs) {
  const demand800gEq = mul(accelerators, seg.opticalPorts800gEqPerAccelerator);
  const cpo = years.map((y) => logisticShare(y, seg.adoption));
  const lpo = cpo.map((c, i) => (1 - c) * seg.lpoShareOfPluggable[i]!);
  const dsp = cpo.map((c, i) => 1 - c - lpo[i]!);
  const techShare: Record<Technology, Series> = { pluggableDsp: dsp, lpo, cpo };
  const portsBySpeed = perSpeed((speed) => demand800gEq.map((d, i) => (d * seg.speedMix[speed][i]!) / PORT_SPEED_800G_EQ[speed]));
  return { demand800gEq, techShare, portsBySpeed, cpoPorts800gEq: mul(demand800gEq, cpo) };
}

/** Runs the projection: demand → adoption → price → revenue, plus power and headline metrics. Pure. */
export function runModel(inputs: ModelInputs): Results {
  const { years } = inputs;
  const n = years.length;
  const volumes = perSegment((s) => segmentVolumes(years, inputs.acceleratorShipments, inputs.segments[s]));

  const totalCpoPorts = sumSeries(
    SEGMENTS.map((s) => volumes[s].cpoPorts800gEq),
    n,
  );
  const asp = cpoAspPath(inputs.pricing, totalCpoPorts);
  const laserAspUsd = decliningPrice(inputs.els.laserAspUsd, inputs.els.laserAspAnnualDecline, n);
  const elsUsdPer800gEq = laserAspUsd.map((p) => p * inputs.els.lasersPer800gEq);

  const segments = perSegment((s) => {
    const v = volumes[s];
    const cpoRevenueUsd = v.cpoPorts800gEq.map((ports, i) => ports * asp.aspUsd[i]! * inputs.pricing.segmentPriceFactor[s]);
    return {
      ...v,
      cpoRevenueUsd,
      // CPO follows the segment's speed mix: the model has no separate CPO speed mix, and prices are per 800G-eq.
      cpoRevenueBySpeedUsd: perSpeed((speed) => mul(cpoRevenueUsd, inputs.segments[s].speedMix[speed])),
      elsRevenueUsd: mul(v.cpoPorts800gEq, elsUsdPer800gEq),
    };
  });

  const sumOf = (pick: (s: Segment) => Series) => sumSeries(SEGMENTS.map(pick), n);
  const demand800gEq = sumOf((s) => segments[s].demand800gEq);
  const cpoRevenueUsd = sumOf((s) => segments[s].cpoRevenueUsd);
  const elsRevenueUsd = sumOf((s) => segments[s].elsRevenueUsd);
  const total = {
    demand800gEq,
    portsBySpeed: perSpeed((speed) => sumOf((s) => segments[s].portsBySpeed[speed])),
    techShare: perTech((t) =>
      ratio(
        sumOf((s) => mul(segments[s].demand800gEq, segments[s].techShare[t])),
        demand800gEq,
      ),
    ),
    cpoPorts800gEq: totalCpoPorts,
    cpoRevenueUsd,
    cpoRevenueBySpeedUsd: perSpeed((speed) => sumOf((s) => segments[s].cpoRevenueBySpeedUsd[speed])),
    elsRevenueUsd,
    revenueInclElsUsd: add(cpoRevenueUsd, elsRevenueUsd),
  };

  // The reference cluster is built with each year's per-accelerator bandwidth and speed mix across both segments.
  // Only optical bandwidth draws optics power: scale-up links outside CPO are copper except the stated optical share.
  const optical = perSegment((s) => {
    const nonCpoOptical = s === 'scaleUp' ? (inputs.power.scaleUpNonCpoOpticalShare ?? 1) : 1;
    const cpo = segments[s].techShare.cpo;
    const share = cpo.map((c) => c + (1 - c) * nonCpoOptical);
    const lpoShare = inputs.segments[s].lpoShareOfPluggable;
    return {
      ports: mul(inputs.segments[s].opticalPorts800gEqPerAccelerator, share),
      // Technology split of the segment's optical bandwidth.
      techShare: {
        cpo: ratio(cpo, share),
        lpo: cpo.map((c, i) => ((1 - c) * nonCpoOptical * lpoShare[i]!) / (share[i]! || 1)),
        pluggableDsp: cpo.map((c, i) => ((1 - c) * nonCpoOptical * (1 - lpoShare[i]!)) / (share[i]! || 1)),
      } as Record<Technology, Series>,
    };
  });
  const portsPerAccelerator = sumOf((s) => optical[s].ports);
  const weighted = (i: number, pick: (s: Segment) => number) =>
    portsPerAccelerator[i]! === 0 ? 0 : SEGMENTS.reduce((acc, s) => acc + optical[s].ports[i]! * pick(s), 0) / portsPerAccelerator[i]!;
  const clusterSpeedShare = (i: number) => perSpeed((speed) => weighted(i, (s) => inputs.segments[s].speedMix[speed][i]!));
  const opticalTechShare = perTech((t) => years.map((_, i) => weighted(i, (s) => optical[s].techShare[t][i]!)));
  const clusterPower = (tech: Technology) =>
    years.map((_, i) =>
      clusterOpticsPowerW(inputs.power.referenceClusterAccelerators, portsPerAccelerator[i]!, clusterSpeedShare(i), inputs.power.energyPjPerBit[tech]),
    );
  const clusterPowerW = perTech(clusterPower);
  const clusterPowerMixW = years.map((_, i) => TECHNOLOGIES.reduce((w, t) => w + clusterPowerW[t][i]! * opticalTechShare[t][i]!, 0));

  return {
    years: [...years],
    segments,
    total,
    pricing: { cpoAspUsdPer800gEq: asp.aspUsd, cumulativeCpoPorts800gEq: asp.cumulativeAtStart, laserAspUsd },
    power: {
      energyPjPerBit: inputs.power.energyPjPerBit,
      wattsPerPort: wattsPerPortTable(inputs.power.energyPjPerBit),
      clusterOpticalPorts800gEqPerAccelerator: portsPerAccelerator,
      clusterPowerW,
      clusterPowerMixW,
      clusterPowerSavedW: clusterPowerW.pluggableDsp.map((w, i) => w - clusterPowerMixW[i]!),
    },
    ...(inputs.units
      ? {
          units: {
            cpoSwitches: ratio(segments.scaleOut.cpoPorts800gEq, inputs.units.switchCapacity800gEq),
            opticalEngines: ratio(totalCpoPorts, inputs.units.opticalEngineCapacity800gEq),
            externalLasers: totalCpoPorts.map((p) => p * inputs.els.lasersPer800gEq),
          },
        }
      : {}),
    metrics: {
      crossoverYear: crossoverYear(years, segments.scaleUp.cpoRevenueUsd, segments.scaleOut.cpoRevenueUsd),
      scaleUpShareOfCpoRevenue: ratio(segments.scaleUp.cpoRevenueUsd, cpoRevenueUsd),
      elsShareOfRevenueInclEls: ratio(elsRevenueUsd, total.revenueInclElsUsd),
    },
  };
}
