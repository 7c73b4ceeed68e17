import { beforeEach, describe, expect, it } from 'vitest';
import { runModel, SEGMENTS, TECHNOLOGIES } from '../../../src/model';
import { baseInputs } from '../../helpers/inputs';

describe('model/invariants on the base case', () => {
  // Computed before each test, not while the file is collected, so mutation testing can tell which test covers what.
  let r: ReturnType<typeof runModel>;
  beforeEach(() => {
    r = runModel(baseInputs());
  });

  it('technology shares of each segment sum to 1 and stay within 0–1', () => {
    for (const seg of SEGMENTS) {
      r.years.forEach((_, i) => {
        const shares = TECHNOLOGIES.map((t) => r.segments[seg].techShare[t][i]!);
        for (const s of shares) {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(1);
        }
        expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      });
    }
  });

  it('segment revenues sum to the total', () => {
    r.years.forEach((_, i) => {
      expect(r.segments.scaleOut.cpoRevenueUsd[i]! + r.segments.scaleUp.cpoRevenueUsd[i]!).toBeCloseTo(r.total.cpoRevenueUsd[i]!, 3);
    });
  });

  it('revenue including ELS is the sum of engines and ELS', () => {
    r.years.forEach((_, i) => expect(r.total.revenueInclElsUsd[i]).toBeCloseTo(r.total.cpoRevenueUsd[i]! + r.total.elsRevenueUsd[i]!, 3));
  });

  it('ASP never rises while cumulative volume grows', () => {
    for (let i = 1; i < r.years.length; i++) expect(r.pricing.cpoAspUsdPer800gEq[i]!).toBeLessThanOrEqual(r.pricing.cpoAspUsdPer800gEq[i - 1]!);
  });

  it('the modelled mix draws no more power than all-DSP pluggables', () => {
    r.years.forEach((_, i) => expect(r.power.clusterPowerMixW[i]!).toBeLessThanOrEqual(r.power.clusterPowerW.pluggableDsp[i]!));
  });
});
