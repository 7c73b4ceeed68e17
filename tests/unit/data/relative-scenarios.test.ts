import { describe, expect, it } from 'vitest';
import { scenarioOrderWarnings, scenariosRelativeToBase } from '../../../packages/engine/src/data/relative-scenarios';
import type { AssumptionsDoc as AssumptionsFile, Scenario } from '../../../packages/engine/src/data/schema';

const base = {
  pricing: { learningRate: { label: 'Learning rate', unit: 'fraction', value: 0.095, rationale: 'r' } },
  volume: { label: 'V', unit: 'count', values: { '2030': 1 }, rationale: 'r' },
} as unknown as AssumptionsFile;
const scenario = (id: string, overrides: Scenario['overrides']): Scenario => ({ id, label: id, rationale: 'r', overrides });

describe('data/what-ifs carried into scenarios', () => {
  it('a scenario that pins the overridden assumption moves by the same difference; multipliers stay as they are', () => {
    const { scenarios, shifts } = scenariosRelativeToBase(base, { 'pricing.learningRate': 0.15 }, [
      scenario('bear', { 'pricing.learningRate': 0.12 }),
      scenario('bull', { 'pricing.learningRate': { scale: 0.8 } }),
    ]);
    expect(scenarios[0]!.overrides['pricing.learningRate']).toBeCloseTo(0.175, 12);
    expect(scenarios[1]!.overrides['pricing.learningRate']).toEqual({ scale: 0.8 });
    expect(shifts).toEqual([{ scenario: 'bear', path: 'pricing.learningRate', from: 0.12, to: 0.175 }]);
  });

  it('a multiplier what-if scales the pinned value; other assumptions are untouched', () => {
    const { scenarios, shifts } = scenariosRelativeToBase(base, { 'pricing.learningRate': { scale: 2 } }, [
      scenario('bear', { 'pricing.learningRate': 0.12, volume: { scale: 0.9 } }),
    ]);
    expect(scenarios[0]!.overrides).toEqual({ 'pricing.learningRate': 0.24, volume: { scale: 0.9 } });
    expect(shifts).toHaveLength(1);
  });

  it('flags a bear case above the base case and a bull case below it', () => {
    const fmt = (v: number) => `${Math.round(v * 100)}%`;
    expect(
      scenarioOrderWarnings(
        'CAGR 2026–2030',
        1.42,
        [
          { id: 'bear', label: 'Bear', value: 1.5 },
          { id: 'bull', label: 'Bull', value: 1.3 },
          { id: 'base', label: 'Base', value: 9 },
        ],
        fmt,
      ),
    ).toEqual([
      { scenario: 'bear', message: "Bear CAGR 2026–2030 150% is above the base case's 142%: the scenarios no longer bracket the base case" },
      { scenario: 'bull', message: "Bull CAGR 2026–2030 130% is below the base case's 142%: the scenarios no longer bracket the base case" },
    ]);
    expect(
      scenarioOrderWarnings(
        'CAGR',
        1.42,
        [
          { id: 'bear', label: 'Bear', value: 1.1 },
          { id: 'bull', label: 'Bull', value: 1.6 },
        ],
        fmt,
      ),
    ).toEqual([]);
  });
});
