/** Vocabulary of the projection model. Series are arrays aligned with `years`. */

export const SEGMENTS = ['scaleOut', 'scaleUp'] as const;
export type Segment = (typeof SEGMENTS)[number];

export const PORT_SPEEDS = ['800G', '1.6T', '3.2T'] as const;
export type PortSpeed = (typeof PORT_SPEEDS)[number];

/** Line rate of each port speed in Gb/s, and how many 800G-equivalents one port carries. */
export const PORT_SPEED_GBPS: Record<PortSpeed, number> = { '800G': 800, '1.6T': 1600, '3.2T': 3200 };
export const PORT_SPEED_800G_EQ: Record<PortSpeed, number> = { '800G': 1, '1.6T': 2, '3.2T': 4 };

export const TECHNOLOGIES = ['pluggableDsp', 'lpo', 'cpo'] as const;
export type Technology = (typeof TECHNOLOGIES)[number];

export type Series = number[];

export interface LogisticParams {
  /** Long-run ceiling of the share, 0–1. */
  cap: number;
  /** Steepness per year. */
  steepness: number;
  /** Year at which the share reaches cap / 2. */
  midpointYear: number;
  /** First year of volume shipments: the share is 0 in earlier years. Absent: the curve alone decides. */
  firstShipmentYear?: number;
}

export interface SegmentInputs {
  /** Optical bandwidth bought per accelerator shipped, in 800G-equivalent ports. */
  opticalPorts800gEqPerAccelerator: Series;
  /** CPO share of the segment's optical bandwidth. */
  adoption: LogisticParams;
  /** Linear-drive (LPO) share of the non-CPO (pluggable) bandwidth, 0–1. */
  lpoShareOfPluggable: Series;
  /** Share of the segment's bandwidth carried at each port speed; the three sum to 1 each year. */
  speedMix: Record<PortSpeed, Series>;
}

export interface PricingInputs {
  /** Average selling price of CPO optical-engine capacity per 800G-equivalent, excluding the laser. */
  cpoAspUsdPer800gEq: number;
  /** Price falls by this fraction for each doubling of cumulative CPO volume (Wright's law). */
  learningRate: number;
  /** CPO volume shipped before the first model year, in 800G-equivalents. */
  initialCumulativePorts800gEq: number;
  /** Price of a segment's CPO capacity relative to the reference ASP (scale-up optics are shorter-reach and cheaper). */
  segmentPriceFactor: Record<Segment, number>;
}

interface ElsInputs {
  /** External laser source modules per 800G-equivalent of CPO capacity. */
  lasersPer800gEq: number;
  /** ELS module price in the first model year. */
  laserAspUsd: number;
  /** Yearly fractional decline of the ELS module price. */
  laserAspAnnualDecline: number;
}

export interface PowerInputs {
  energyPjPerBit: Record<Technology, Record<PortSpeed, number>>;
  /** Accelerators in the reference AI cluster used for fleet power. */
  referenceClusterAccelerators: number;
  /**
   * Share of scale-up bandwidth outside CPO that is optical (pluggable) rather than copper. Copper draws no optics
   * power, so only CPO plus this share of the rest counts in the cluster's optics power. Absent: 1, every link optical.
   */
  scaleUpNonCpoOpticalShare?: number;
}

/** Capacity per shipped unit, to count CPO switches and optical engines. */
interface UnitInputs {
  /** 800G-equivalent ports of one scale-out CPO switch (51.2T = 64, 102.4T = 128). */
  switchCapacity800gEq: Series;
  /** 800G-equivalents carried by one optical engine (a 6.4T engine = 8). */
  opticalEngineCapacity800gEq: Series;
}

export interface ModelInputs {
  years: number[];
  acceleratorShipments: Series;
  segments: Record<Segment, SegmentInputs>;
  pricing: PricingInputs;
  els: ElsInputs;
  /** Optional: without it the results carry no unit counts. */
  units?: UnitInputs;
  power: PowerInputs;
}

/** Unit shipments implied by the CPO volume. */
interface UnitResult {
  /** Scale-out CPO switches (scale-up CPO sits on accelerators and scale-up switches, not counted here). */
  cpoSwitches: Series;
  /** Optical engines, both segments. */
  opticalEngines: Series;
  /** External laser source modules, both segments. */
  externalLasers: Series;
}

interface SegmentResult {
  /** Optical bandwidth bought, in 800G-equivalent ports. */
  demand800gEq: Series;
  /** Physical ports bought at each speed (all technologies). */
  portsBySpeed: Record<PortSpeed, Series>;
  /** Share of the segment's bandwidth by technology; sums to 1 each year. */
  techShare: Record<Technology, Series>;
  cpoPorts800gEq: Series;
  /** CPO optical-engine revenue, excluding external laser sources. */
  cpoRevenueUsd: Series;
  /** CPO revenue excluding ELS split by port speed, in proportion to the segment's bandwidth at each speed. */
  cpoRevenueBySpeedUsd: Record<PortSpeed, Series>;
  elsRevenueUsd: Series;
}

/** Both segments together: the segments' series summed, plus revenue including ELS. */
interface TotalResult extends SegmentResult {
  revenueInclElsUsd: Series;
}

interface PricingResult {
  /** Reference ASP (price factor 1) per 800G-equivalent, excluding the laser. */
  cpoAspUsdPer800gEq: Series;
  /** Cumulative CPO volume at the start of each year, 800G-equivalents. */
  cumulativeCpoPorts800gEq: Series;
  laserAspUsd: Series;
}

interface PowerResult {
  energyPjPerBit: Record<Technology, Record<PortSpeed, number>>;
  wattsPerPort: Record<Technology, Record<PortSpeed, number>>;
  /** Optical bandwidth per accelerator in the reference cluster (scale-out plus the optical part of scale-up), 800G-eq. */
  clusterOpticalPorts800gEqPerAccelerator: Series;
  /** Optics power of the reference cluster built in each year, if all its optics used one technology. */
  clusterPowerW: Record<Technology, Series>;
  /** Same cluster with the year's modelled technology mix. */
  clusterPowerMixW: Series;
  /** Power saved by the modelled mix against an all-DSP-pluggable cluster. */
  clusterPowerSavedW: Series;
}

interface Metrics {
  /** First year scale-up CPO revenue exceeds scale-out, or null within the horizon. */
  crossoverYear: number | null;
  scaleUpShareOfCpoRevenue: Series;
  elsShareOfRevenueInclEls: Series;
}

export interface Results {
  years: number[];
  segments: Record<Segment, SegmentResult>;
  total: TotalResult;
  pricing: PricingResult;
  power: PowerResult;
  metrics: Metrics;
  units?: UnitResult;
}
