import { beforeEach, describe, expect, it } from 'vitest';
import { PORT_SPEEDS, runModel, SEGMENTS } from '../../../src/model';
import { baseInputs } from '../../helpers/inputs';

describe('model/CPO revenue by port speed', () => {
  const inputs = baseInputs();
  // Computed before each test, not while the file is collected, so mutation testing can tell which test covers what.
  let r: ReturnType<typeof runModel>;
  beforeEach(() => {
    r = runModel(inputs);
  });

  it('splits each segment’s revenue in proportion to its speed mix, so the parts add up', () => {
    for (const seg of SEGMENTS) {
      r.years.forEach((_, i) => {
        const parts = PORT_SPEEDS.map((s) => r.segments[seg].cpoRevenueBySpeedUsd[s][i]!);
        expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(r.segments[seg].cpoRevenueUsd[i]!, 3);
        PORT_SPEEDS.forEach((s, k) => expect(parts[k]!).toBeCloseTo(r.segments[seg].cpoRevenueUsd[i]! * inputs.segments[seg].speedMix[s][i]!, 3));
      });
    }
  });

  it('the total by speed is the sum of the segments', () => {
    for (const s of PORT_SPEEDS) {
      r.years.forEach((_, i) =>
        expect(r.total.cpoRevenueBySpeedUsd[s][i]!).toBeCloseTo(
          r.segments.scaleOut.cpoRevenueBySpeedUsd[s][i]! + r.segments.scaleUp.cpoRevenueBySpeedUsd[s][i]!,
          3,
        ),
      );
    }
  });

  it('a segment with no 3.2T bandwidth earns nothing at 3.2T', () => {
    const i = r.years.indexOf(2026);
    expect(inputs.segments.scaleOut.speedMix['3.2T'][i]).toBe(0);
    expect(r.segments.scaleOut.cpoRevenueBySpeedUsd['3.2T'][i]).toBe(0);
  });
});
