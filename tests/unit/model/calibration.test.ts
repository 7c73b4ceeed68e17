import { describe, expect, it } from 'vitest';
import { runModel, seriesCagr } from '../../../src/model';
import { checkThesis, solveForCagr, thesisCagrPercent, THESIS } from '../../../src/model/calibration';
import { baseInputs } from '../../helpers/inputs';

describe('model/calibration against the thesis', () => {
  it('the base case meets both thesis targets from its assumptions', () => {
    const checks = checkThesis(runModel(baseInputs()));
    expect(checks.map((c) => [c.id, c.ok])).toEqual([
      ['cagr', true],
      ['crossover', true],
    ]);
  });

  it('the CAGR check recomputes (end/start)^(1/4) − 1 from the revenue series', () => {
    const r = runModel(baseInputs());
    const i26 = r.years.indexOf(2026);
    const i30 = r.years.indexOf(2030);
    const byHand = (Math.pow(r.total.cpoRevenueUsd[i30]! / r.total.cpoRevenueUsd[i26]!, 1 / 4) - 1) * 100;
    expect(thesisCagrPercent(r)).toBeCloseTo(byHand, 10);
    expect(Math.round(byHand)).toBe(THESIS.cagrExclEls.targetPercent);
  });

  it('a faster price decline misses the CAGR target and says by how much', () => {
    const inputs = baseInputs();
    inputs.pricing.learningRate = 0.25;
    const cagr = checkThesis(runModel(inputs)).find((c) => c.id === 'cagr')!;
    expect(cagr.ok).toBe(false);
    expect(cagr.gap).toBeLessThan(-1);
  });

  it('a scale-up market that never takes off misses the crossover target', () => {
    const inputs = baseInputs();
    inputs.segments.scaleUp.adoption.cap = 0.001;
    const crossover = checkThesis(runModel(inputs)).find((c) => c.id === 'crossover')!;
    expect(crossover.ok).toBe(false);
    expect(crossover.actual).toBe('none within the horizon');
  });

  it('solving for the learning rate hits the CAGR target exactly, near the calibrated value', () => {
    const inputs = baseInputs();
    const lr = solveForCagr(inputs, (i, v) => (i.pricing.learningRate = v), 0, 0.5, runModel)!;
    expect(lr).not.toBeNull();
    const solved = structuredClone(inputs);
    solved.pricing.learningRate = lr;
    const r = runModel(solved);
    expect(seriesCagr(r.years, r.total.cpoRevenueUsd, 2026, 2030) * 100).toBeCloseTo(142, 6);
    // The published learning rate is a rounded version of the solution, not a different regime.
    expect(Math.abs(lr - inputs.pricing.learningRate)).toBeLessThan(0.005);
  });

  it('returns null when the target is out of reach of the searched range', () => {
    expect(solveForCagr(baseInputs(), (i, v) => (i.pricing.learningRate = v), 0.3, 0.5, runModel)).toBeNull();
  });
});
