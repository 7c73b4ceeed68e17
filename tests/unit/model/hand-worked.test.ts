/**
 * One segment, two years, one price doubling: every expected number below is worked out by hand in the
 * comments from the methodology's equations, not taken from a model run. See `handWorked()` in
 * tests/helpers/synthetic.ts for the inputs.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { buildFacts } from '../../../src/facts';
import { logisticShare } from '../../../src/model/adoption';
import { runModel } from '../../../src/model/project';
import type { ModelInputs } from '../../../src/model/types';
import { handWorkedInputs, type PlainAssumptions } from '../../helpers/synthetic';

const run = (edit: (p: PlainAssumptions) => void = () => {}) => runModel(handWorkedInputs(edit));

describe('model/hand-worked case: one segment, one price doubling', () => {
  // Computed before each test, not while the file is collected, so mutation testing can tell which test covers what.
  let r: ReturnType<typeof run>;
  let so: ReturnType<typeof run>['segments']['scaleOut'];
  beforeEach(() => {
    r = run();
    so = r.segments.scaleOut;
  });

  it('demand and adoption', () => {
    // Demand = 1,000 accelerators × 2 800G-eq each = 2,000 800G-eq, both years.
    expect(so.demand800gEq).toEqual([2000, 2000]);
    // CPO share = cap / (1 + e^(−k (y − m))), cap 1, k = ln 3, m = 2026:
    //   2026: 1 / (1 + e^0) = 1/2;   2027: 1 / (1 + e^(−ln 3)) = 1 / (1 + 1/3) = 3/4.
    expect(so.techShare.cpo[0]).toBeCloseTo(0.5, 12);
    expect(so.techShare.cpo[1]).toBeCloseTo(0.75, 12);
    // LPO = (1 − CPO) × 0.4:  2026: 0.5 × 0.4 = 0.2;  2027: 0.25 × 0.4 = 0.1. DSP is the rest: 0.3, 0.15.
    expect(so.techShare.lpo[0]).toBeCloseTo(0.2, 12);
    expect(so.techShare.lpo[1]).toBeCloseTo(0.1, 12);
    expect(so.techShare.pluggableDsp[0]).toBeCloseTo(0.3, 12);
    expect(so.techShare.pluggableDsp[1]).toBeCloseTo(0.15, 12);
    // CPO units = 2,000 × 1/2 = 1,000 (2026) and 2,000 × 3/4 = 1,500 (2027).
    expect(so.cpoPorts800gEq[0]).toBeCloseTo(1000, 9);
    expect(so.cpoPorts800gEq[1]).toBeCloseTo(1500, 9);
  });

  it('ports by speed divide bandwidth by the 800G-equivalents of one port', () => {
    // 2,000 800G-eq × 1/2 at 800G = 1,000 ports; × 1/2 at 1.6T = 1,000 800G-eq = 500 ports of 2 each; 3.2T none.
    expect(so.portsBySpeed['800G']).toEqual([1000, 1000]);
    expect(so.portsBySpeed['1.6T']).toEqual([500, 500]);
    expect(so.portsBySpeed['3.2T']).toEqual([0, 0]);
  });

  it('price: the first year sells at the base ASP, the next one doubling later at (1 − learning rate) of it', () => {
    // 2026 is priced with what was shipped before it: cumulative 1,000 = the initial volume → no doubling → $100.
    // 2027: cumulative 1,000 + 1,000 (2026's CPO units) = 2,000 = one doubling → $100 × (1 − 0.2) = $80.
    expect(r.pricing.cumulativeCpoPorts800gEq).toEqual([1000, 2000]);
    expect(r.pricing.cpoAspUsdPer800gEq[0]).toBeCloseTo(100, 10);
    expect(r.pricing.cpoAspUsdPer800gEq[1]).toBeCloseTo(80, 10);
  });

  it('revenue excluding lasers = units × price × segment factor', () => {
    // 2026: 1,000 × $100 × 1 = $100,000.   2027: 1,500 × $80 × 1 = $120,000.
    expect(r.total.cpoRevenueUsd[0]).toBeCloseTo(100_000, 6);
    expect(r.total.cpoRevenueUsd[1]).toBeCloseTo(120_000, 6);
    // Split by the segment's speed mix, half and half: $50,000 + $50,000 in 2026; $60,000 + $60,000 in 2027.
    expect(r.total.cpoRevenueBySpeedUsd['800G'][0]).toBeCloseTo(50_000, 6);
    expect(r.total.cpoRevenueBySpeedUsd['1.6T'][1]).toBeCloseTo(60_000, 6);
    expect(r.total.cpoRevenueBySpeedUsd['3.2T']).toEqual([0, 0]);
  });

  it('ELS revenue = CPO units × lasers per 800G-eq × a laser price falling 10% a year', () => {
    // Laser price: 2026 $40; 2027 $40 × 0.9 = $36.
    expect(r.pricing.laserAspUsd[0]).toBeCloseTo(40, 12);
    expect(r.pricing.laserAspUsd[1]).toBeCloseTo(36, 12);
    // ELS revenue: 2026: 1,000 × 0.25 × $40 = $10,000;  2027: 1,500 × 0.25 × $36 = $13,500.
    expect(r.total.elsRevenueUsd[0]).toBeCloseTo(10_000, 6);
    expect(r.total.elsRevenueUsd[1]).toBeCloseTo(13_500, 6);
    // Including lasers: $110,000 and $133,500; ELS share 10,000 / 110,000 = 1/11.
    expect(r.total.revenueInclElsUsd[1]).toBeCloseTo(133_500, 6);
    expect(r.metrics.elsShareOfRevenueInclEls[0]).toBeCloseTo(1 / 11, 12);
  });

  it('growth, crossover and facts', () => {
    // CAGR 2026–2027 = 120,000 / 100,000 − 1 = 20%; including lasers 133,500 / 110,000 − 1 = 21.36…%.
    const facts = buildFacts(r);
    expect(facts.get('cagr.2026_2027.exclEls').value).toBeCloseTo(0.2, 12);
    expect(facts.get('cagr.2026_2027.inclEls').value).toBeCloseTo(133_500 / 110_000 - 1, 12);
    // CPO volume grows 1,000 → 1,500: +50%.
    expect(facts.get('cagr.2026_2027.ports').value).toBeCloseTo(0.5, 12);
    // Scale-up has no bandwidth, so it never overtakes: no crossover, and a 0 share.
    expect(r.metrics.crossoverYear).toBeNull();
    expect(r.metrics.scaleUpShareOfCpoRevenue).toEqual([0, 0]);
  });

  it('power of the reference cluster, per technology and for the modelled mix', () => {
    // Each of 1,000 accelerators has 2 × 800 Gb/s = 1,600 Gb/s: 800 Gb/s at 800G and 800 Gb/s at 1.6T.
    // pJ/bit × Gb/s = mW.  DSP: 800 × 15 + 800 × 12.5 = 12,000 + 10,000 mW = 22 W per accelerator → 22,000 W.
    //                      LPO: 800 × 10 + 800 × 7.5 = 14 W → 14,000 W.   CPO: 800 × 5 + 800 × 4 = 7.2 W → 7,200 W.
    expect(r.power.clusterPowerW.pluggableDsp[0]).toBeCloseTo(22_000, 6);
    expect(r.power.clusterPowerW.lpo[0]).toBeCloseTo(14_000, 6);
    expect(r.power.clusterPowerW.cpo[0]).toBeCloseTo(7_200, 6);
    // Mix 2026 (DSP 0.3, LPO 0.2, CPO 0.5): 6,600 + 2,800 + 3,600 = 13,000 W; saved 22,000 − 13,000 = 9,000 W.
    expect(r.power.clusterPowerMixW[0]).toBeCloseTo(13_000, 6);
    expect(r.power.clusterPowerSavedW[0]).toBeCloseTo(9_000, 6);
    // Mix 2027 (DSP 0.15, LPO 0.1, CPO 0.75): 3,300 + 1,400 + 5,400 = 10,100 W.
    expect(r.power.clusterPowerMixW[1]).toBeCloseTo(10_100, 6);
    // Watts per port: CPO at 1.6T = 4 pJ/bit × 1,600 Gb/s = 6,400 mW = 6.4 W.
    expect(r.power.wattsPerPort.cpo['1.6T']).toBeCloseTo(6.4, 12);
  });

  it('a scale-up segment priced at half the scale-out price overtakes when its volume is more than twice as large', () => {
    // Give scale-up 5 800G-eq per accelerator at the same adoption curve as scale-out, price factor 1/2.
    // 2026: scale-up units 1,000 × 5 × 1/2 = 2,500; scale-out 1,000. Cumulative at the start is 1,000 → $100.
    //   scale-out $100,000; scale-up 2,500 × $100 × 0.5 = $125,000 → scale-up ahead already in 2026.
    const both = run((p) => {
      p.scaleUp = { ...structuredClone(p.scaleOut), portsPerAccelerator: [5, 5] };
    });
    expect(both.segments.scaleUp.cpoRevenueUsd[0]).toBeCloseTo(125_000, 6);
    expect(both.metrics.crossoverYear).toBe(2026);
    // Share of scale-up in CPO revenue: 125 / 225 = 5/9.
    expect(both.metrics.scaleUpShareOfCpoRevenue[0]).toBeCloseTo(5 / 9, 12);
    // 2027: cumulative 1,000 + 3,500 = 4,500 → price 100 × 0.8^log2(4.5) (2.17 doublings) = $61.60…
    expect(both.pricing.cpoAspUsdPer800gEq[1]).toBeCloseTo(100 * 0.8 ** Math.log2(4.5), 9);
    expect(both.pricing.cpoAspUsdPer800gEq[1]).toBeCloseTo(61.6, 1);
  });
});

describe('model/hand-worked case: first shipment year, scale-up copper and unit counts (the 2026-11-30 additions)', () => {
  /** The hand-worked case with scale-up as a second copy of scale-out at 1 800G-eq per accelerator, then `edit` on the inputs. */
  const runWith = (edit: (inputs: ModelInputs) => void) => {
    const inputs = handWorkedInputs((p) => (p.scaleUp = { ...p.scaleOut, portsPerAccelerator: [1, 1] }));
    edit(inputs);
    return runModel(inputs);
  };

  it('books no CPO before the first shipment year, and the logistic share from that year on', () => {
    // cap 1, k = ln 3, midpoint 2026: 1/2 in 2026, 3/4 in 2027, and 1/(1 + 3) = 1/4 in 2025 without a first shipment.
    const params = { cap: 1, steepness: Math.log(3), midpointYear: 2026 };
    expect(logisticShare(2025, params)).toBeCloseTo(0.25, 12);
    expect(logisticShare(2025, { ...params, firstShipmentYear: 2026 })).toBe(0);
    expect(logisticShare(2026, { ...params, firstShipmentYear: 2026 })).toBeCloseTo(0.5, 12);
    expect(logisticShare(2027, { ...params, firstShipmentYear: 2026 })).toBeCloseTo(0.75, 12);
    // Through the model: scale-up first ships in 2027, so 2026 has no scale-up CPO and no scale-up revenue.
    const r = runWith((i) => (i.segments.scaleUp.adoption.firstShipmentYear = 2027));
    expect(r.segments.scaleUp.techShare.cpo[0]).toBe(0);
    expect(r.segments.scaleUp.cpoRevenueUsd[0]).toBe(0);
    expect(r.segments.scaleUp.techShare.cpo[1]).toBeCloseTo(0.75, 12);
    expect(r.segments.scaleOut.techShare.cpo[0]).toBeCloseTo(0.5, 12);
  });

  it('counts only optical scale-up links in the cluster power: CPO plus the stated optical share of the rest', () => {
    // 2026, per accelerator: scale-out 2 800G-eq, all optical (CPO 1, LPO 0.4, DSP 0.6).
    // Scale-up 1 800G-eq, CPO 1/2; of the other 1/2 only 10% is optical: LPO 0.05 × 0.4 = 0.02, DSP 0.03.
    // Optical bandwidth: CPO 1.5, LPO 0.42, DSP 0.63 → 2.55 800G-eq, half at 800G and half at 1.6T.
    // Power of 1,000 accelerators = 1,000 × 800 Gbit/s × ½ × bandwidth × (E(800G) + E(1.6T)) pJ/bit = 400 W × bandwidth × ΣE:
    //   all DSP 400 × 2.55 × 27.5 = 28,050 W; all CPO 400 × 2.55 × 9 = 9,180 W;
    //   the mix 400 × (1.5 × 9 + 0.42 × 17.5 + 0.63 × 27.5) = 400 × 38.175 = 15,270 W.
    const r = runWith((i) => (i.power.scaleUpNonCpoOpticalShare = 0.1));
    expect(r.power.clusterOpticalPorts800gEqPerAccelerator[0]).toBeCloseTo(2.55, 12);
    expect(r.power.clusterPowerW.pluggableDsp[0]).toBeCloseTo(28_050, 6);
    expect(r.power.clusterPowerW.cpo[0]).toBeCloseTo(9_180, 6);
    expect(r.power.clusterPowerMixW[0]).toBeCloseTo(15_270, 6);
    // Without the share every scale-up link counts as optical: 3 800G-eq, all DSP 400 × 3 × 27.5 = 33,000 W.
    expect(runWith(() => {}).power.clusterPowerW.pluggableDsp[0]).toBeCloseTo(33_000, 6);
  });

  it('counts switches, optical engines and external lasers from CPO volume and unit capacities', () => {
    // CPO 800G-eq: scale-out 2,000 × 1/2 = 1,000 and scale-up 1,000 × 1/2 = 500 in 2026; 1,500 and 750 in 2027.
    // Switches of 100 800G-eq carry scale-out only: 10 and 15. Engines of 8 carry all CPO: 1,500/8 = 187.5, 2,250/8 = 281.25.
    // External lasers: 0.25 per 800G-eq of all CPO: 375 and 562.5.
    const r = runWith((i) => (i.units = { switchCapacity800gEq: [100, 100], opticalEngineCapacity800gEq: [8, 8] }));
    expect(r.units!.cpoSwitches[0]).toBeCloseTo(10, 9);
    expect(r.units!.cpoSwitches[1]).toBeCloseTo(15, 9);
    expect(r.units!.opticalEngines[0]).toBeCloseTo(187.5, 9);
    expect(r.units!.opticalEngines[1]).toBeCloseTo(281.25, 9);
    expect(r.units!.externalLasers[0]).toBeCloseTo(375, 9);
    expect(r.units!.externalLasers[1]).toBeCloseTo(562.5, 9);
    expect(runWith(() => {}).units).toBeUndefined();
  });

  it('draws no cluster power, not NaN, when no link is optical', () => {
    const r = runWith((i) => {
      i.segments.scaleOut.opticalPorts800gEqPerAccelerator = [0, 0];
      i.segments.scaleUp.opticalPorts800gEqPerAccelerator = [0, 0];
    });
    for (const t of ['pluggableDsp', 'lpo', 'cpo'] as const) expect(r.power.clusterPowerW[t]).toEqual([0, 0]);
    expect(r.power.clusterPowerMixW).toEqual([0, 0]);
  });
});
