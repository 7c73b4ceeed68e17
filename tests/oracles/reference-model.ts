/**
 * A reference calculation of the CPO model, written from the methodology chapter
 * (content/chapters/08-methodology.mdx, "The model in five steps") and the design notes, not from src/model.
 *
 * It reads the raw assumptions document (year-keyed values, as an author writes them) and fills a table one
 * year at a time, the way a spreadsheet would: a row per year, a column per quantity. It shares no code
 * with the model: no series helpers, no toModelInputs, no Wright's-law function. Tests compare the model with it.
 *
 *   demand(seg, y)     = accelerators(y) × 800G-eq per accelerator(seg, y)
 *   cpoShare(seg, y)   = cap / (1 + e^(−k·(y − midpoint)))
 *   lpoShare(seg, y)   = (1 − cpoShare) × LPO share of pluggables(seg, y);  dspShare = the rest
 *   cpoUnits(seg, y)   = demand × cpoShare
 *   cumulative(y)      = initial cumulative + CPO units of every earlier year (both segments)
 *   price(y)           = ASP₀ × (1 − learning rate)^(number of doublings of cumulative volume since the start)
 *   revenue(seg, y)    = cpoUnits × price × segment price factor        (excluding lasers)
 *   laserPrice(y)      = laser ASP₀ × (1 − annual decline)^(y − first year)
 *   elsRevenue(seg, y) = cpoUnits × lasers per 800G-eq × laserPrice
 *   cluster power(t,y) = N accelerators × Σ_seg Σ_speed 800G-eq per accelerator × speed share × 800 Gb/s × pJ/bit(t, speed)
 *   mix power(y)       = Σ_t cluster power(t) × the market's bandwidth share of t
 */

const SEGMENTS = ['scaleOut', 'scaleUp'] as const;
const SPEEDS = ['800G', '1.6T', '3.2T'] as const;
const TECHS = ['pluggableDsp', 'lpo', 'cpo'] as const;
/** 800G-equivalents carried by one port of each speed. */
const EQ_PER_PORT = { '800G': 1, '1.6T': 2, '3.2T': 4 } as const;

type Seg = (typeof SEGMENTS)[number];
type Speed = (typeof SPEEDS)[number];
type Tech = (typeof TECHS)[number];

/** The parts of an assumptions document the reference reads (each leaf is `{ value }` or `{ values: { "2024": … } }`). */
export interface RawAssumptions {
  years: { start: number; end: number };
  acceleratorShipments: { values: Record<string, number> };
  segments: Record<
    Seg,
    {
      opticalPorts800gEqPerAccelerator: { values: Record<string, number> };
      adoption: { cap: { value: number }; steepness: { value: number }; midpointYear: { value: number } };
      lpoShareOfPluggable: { values: Record<string, number> };
      speedMix: Record<Speed, { values: Record<string, number> }>;
    }
  >;
  pricing: {
    cpoAspUsdPer800gEq: { value: number };
    learningRate: { value: number };
    initialCumulativePorts800gEq: { value: number };
    segmentPriceFactor: Record<Seg, { value: number }>;
  };
  els: { lasersPer800gEq: { value: number }; laserAspUsd: { value: number }; laserAspAnnualDecline: { value: number } };
  power: { energyPjPerBit: Record<Tech, Record<Speed, { value: number }>>; referenceClusterAccelerators: { value: number } };
}

export interface SegmentRow {
  demand: number;
  share: Record<Tech, number>;
  cpoUnits: number;
  ports: Record<Speed, number>;
  revenue: number;
  revenueBySpeed: Record<Speed, number>;
  elsRevenue: number;
}

export interface ReferenceRow {
  year: number;
  seg: Record<Seg, SegmentRow>;
  cumulativeAtStart: number;
  price: number;
  laserPrice: number;
  demand: number;
  cpoUnits: number;
  revenue: number;
  elsRevenue: number;
  revenueInclEls: number;
  marketShare: Record<Tech, number>;
  clusterPowerW: Record<Tech, number>;
  clusterPowerMixW: number;
  powerSavedW: number;
  scaleUpShareOfRevenue: number;
  elsShareOfRevenueInclEls: number;
}

export interface Reference {
  rows: ReferenceRow[];
  /** First year scale-up revenue is strictly above scale-out; null if never. */
  crossoverYear: number | null;
  /** Compound annual growth of revenue excluding lasers between two years. */
  cagr(from: number, to: number, pick?: (row: ReferenceRow) => number): number;
}

export function referenceModel(doc: RawAssumptions): Reference {
  const rows: ReferenceRow[] = [];
  const asp0 = doc.pricing.cpoAspUsdPer800gEq.value;
  const lr = doc.pricing.learningRate.value;
  const initial = doc.pricing.initialCumulativePorts800gEq.value;
  let shippedBefore = 0; // CPO units of all earlier model years

  for (let year = doc.years.start; year <= doc.years.end; year++) {
    const key = String(year);
    const accelerators = doc.acceleratorShipments.values[key]!;

    // Price of this year: set by what was shipped before it (the volume of the year itself does not count).
    const cumulativeAtStart = initial + shippedBefore;
    const doublings = Math.log(cumulativeAtStart / initial) / Math.LN2;
    const price = asp0 * (1 - lr) ** doublings;
    const laserPrice = doc.els.laserAspUsd.value * (1 - doc.els.laserAspAnnualDecline.value) ** (year - doc.years.start);

    const seg = {} as Record<Seg, SegmentRow>;
    for (const s of SEGMENTS) {
      const a = doc.segments[s];
      const demand = accelerators * a.opticalPorts800gEqPerAccelerator.values[key]!;
      const { cap, steepness, midpointYear } = a.adoption;
      const cpo = cap.value / (1 + Math.exp(-steepness.value * (year - midpointYear.value)));
      const lpo = (1 - cpo) * a.lpoShareOfPluggable.values[key]!;
      const share = { cpo, lpo, pluggableDsp: 1 - cpo - lpo };
      const cpoUnits = demand * cpo;
      const revenue = cpoUnits * price * doc.pricing.segmentPriceFactor[s].value;
      const ports = {} as Record<Speed, number>;
      const revenueBySpeed = {} as Record<Speed, number>;
      for (const sp of SPEEDS) {
        const mix = a.speedMix[sp].values[key]!;
        ports[sp] = (demand * mix) / EQ_PER_PORT[sp];
        revenueBySpeed[sp] = revenue * mix;
      }
      seg[s] = { demand, share, cpoUnits, ports, revenue, revenueBySpeed, elsRevenue: cpoUnits * doc.els.lasersPer800gEq.value * laserPrice };
    }

    const demand = seg.scaleOut.demand + seg.scaleUp.demand;
    const cpoUnits = seg.scaleOut.cpoUnits + seg.scaleUp.cpoUnits;
    const revenue = seg.scaleOut.revenue + seg.scaleUp.revenue;
    const elsRevenue = seg.scaleOut.elsRevenue + seg.scaleUp.elsRevenue;
    const marketShare = {} as Record<Tech, number>;
    for (const t of TECHS)
      marketShare[t] = demand === 0 ? 0 : (seg.scaleOut.demand * seg.scaleOut.share[t] + seg.scaleUp.demand * seg.scaleUp.share[t]) / demand;

    // Reference cluster: N accelerators, each with this year's bandwidth of both segments at their speed mixes.
    const n = doc.power.referenceClusterAccelerators.value;
    const clusterPowerW = {} as Record<Tech, number>;
    for (const t of TECHS) {
      let watts = 0;
      for (const s of SEGMENTS) {
        for (const sp of SPEEDS) {
          const bitsPerSecond = n * doc.segments[s].opticalPorts800gEqPerAccelerator.values[key]! * doc.segments[s].speedMix[sp].values[key]! * 800e9;
          watts += bitsPerSecond * doc.power.energyPjPerBit[t][sp].value * 1e-12; // pJ/bit × bit/s = pW
        }
      }
      clusterPowerW[t] = watts;
    }
    const clusterPowerMixW = TECHS.reduce((w, t) => w + clusterPowerW[t] * marketShare[t], 0);

    rows.push({
      year,
      seg,
      cumulativeAtStart,
      price,
      laserPrice,
      demand,
      cpoUnits,
      revenue,
      elsRevenue,
      revenueInclEls: revenue + elsRevenue,
      marketShare,
      clusterPowerW,
      clusterPowerMixW,
      powerSavedW: clusterPowerW.pluggableDsp - clusterPowerMixW,
      scaleUpShareOfRevenue: revenue === 0 ? 0 : seg.scaleUp.revenue / revenue,
      elsShareOfRevenueInclEls: revenue + elsRevenue === 0 ? 0 : elsRevenue / (revenue + elsRevenue),
    });
    shippedBefore += cpoUnits;
  }

  const crossover = rows.find((r) => r.seg.scaleUp.revenue > r.seg.scaleOut.revenue);
  return {
    rows,
    crossoverYear: crossover ? crossover.year : null,
    cagr(from, to, pick = (r) => r.revenue) {
      const start = pick(rows.find((r) => r.year === from)!);
      const end = pick(rows.find((r) => r.year === to)!);
      // Growth from nothing has no rate.
      return start > 0 ? (end / start) ** (1 / (to - from)) - 1 : Number.NaN;
    },
  };
}
