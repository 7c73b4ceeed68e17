import type { FactSink } from '../../src/facts';
import type { ModelInputs } from '../../src/model/types';

/** A small market whose numbers can be followed by hand (see model.test.ts for the arithmetic). */
export function smallMarket(over: Partial<ModelInputs> = {}): ModelInputs {
  return {
    years: [2025, 2026],
    market: { households: 100, saturationShare: 0.5, baseStock: 10 },
    diffusion: { innovation: 0.02, imitation: 0.2 },
    marketConditions: [1, 0.5],
    retirementRate: 0.01,
    impact: { gasAvoidedM3PerUnit: 200, co2AvoidedTonnesPerUnit: 2 },
    target: { stock: 13, year: 2026 },
    ...over,
  };
}

/** Collects facts by name, refusing a name given twice (as the engine's registry does). */
export function collectFacts() {
  const byName = new Map<string, { value: number | null; unit: string; description: string }>();
  const sink: FactSink = {
    add(name, value, unit, description) {
      if (byName.has(name)) throw new Error(`fact "${name}" is defined twice`);
      byName.set(name, { value, unit, description });
    },
  };
  return { sink, byName };
}
