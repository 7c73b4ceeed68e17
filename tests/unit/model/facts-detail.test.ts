import { beforeEach, describe, expect, it } from 'vitest';
import { runModel } from '../../../src/model';
import { buildFacts } from '../../../src/facts';
import { baseInputs } from '../../helpers/inputs';

describe('model/facts added for the report chapters', () => {
  const inputs = baseInputs();
  // Computed before each test, not while the file is collected, so mutation testing can tell which test covers what.
  let r: ReturnType<typeof runModel>;
  let facts: ReturnType<typeof buildFacts>;
  beforeEach(() => {
    r = runModel(inputs);
    facts = buildFacts(r, inputs);
  });
  const v = (name: string) => facts.get(name).value!;

  it('revenue by speed facts add up to the total, and their shares to one', () => {
    expect(v('revenue.2030.800g') + v('revenue.2030.1_6t') + v('revenue.2030.3_2t')).toBeCloseTo(v('revenue.2030.total'), 0);
    expect(v('share.2030.revenue.800g') + v('share.2030.revenue.1_6t') + v('share.2030.revenue.3_2t')).toBeCloseTo(1, 12);
  });

  it('crossover revenues are the two segments in the crossover year, scale-up ahead', () => {
    const i = r.years.indexOf(r.metrics.crossoverYear!);
    expect(v('crossover.scaleUpRevenue')).toBe(r.segments.scaleUp.cpoRevenueUsd[i]);
    expect(v('crossover.scaleOutRevenue')).toBe(r.segments.scaleOut.cpoRevenueUsd[i]);
    expect(v('crossover.scaleUpRevenue')).toBeGreaterThan(v('crossover.scaleOutRevenue'));
  });

  it('crossover revenues read n/a when scale-up never passes scale-out', () => {
    const flat = baseInputs();
    flat.segments.scaleUp.adoption.cap = 0.001;
    const f = buildFacts(runModel(flat), flat);
    expect(f.get('crossover.scaleUpRevenue').text).toBe('n/a');
  });

  it('the price decline is the negative of the price change, and pluggable plus CPO share is one', () => {
    expect(v('asp.decline.2026_2030')).toBeCloseTo(-v('asp.change.2026_2030'), 12);
    expect(v('share.2030.scaleOut.pluggable') + v('share.2030.scaleOut.cpo')).toBeCloseTo(1, 12);
  });

  it('input facts exist only when the inputs are passed', () => {
    expect(v('input.learningRate')).toBe(inputs.pricing.learningRate);
    expect(buildFacts(r).has('input.learningRate')).toBe(false);
  });
});
