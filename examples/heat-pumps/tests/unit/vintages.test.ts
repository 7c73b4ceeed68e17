import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CALIBRATION_TARGETS, checkTargets, conditionsFor, innovationFor, TARGETS_BY_VINTAGE } from '../../src/model/calibration';
import { toModelInputs } from '../../src/model/inputs';
import { runModel } from '../../src/model/project';
import { HeatPumpAssumptions } from '../../src/schema';

const VINTAGES = ['2024-10', '2025-10'] as const;
const read = (vintage: string, file: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../data/vintages/${vintage}/${file}`, import.meta.url)), 'utf8'));
const assumptions = (v: string) => HeatPumpAssumptions.parse(read(v, 'assumptions.json'));
const sources = (v: string): { id: string; quote?: string }[] => read(v, 'sources.json').sources;

describe('the latest vintage reproduces the figures it was calibrated to', () => {
  const doc = assumptions('2025-10');
  const inputs = toModelInputs(doc);
  const state = { ...inputs.market, imitation: inputs.diffusion.imitation, retirementRate: inputs.retirementRate };
  const r = runModel(inputs);

  it('sells 2024 sales plus the 9% first-half growth in 2025 (2.31 M × 1.09 = 2.518 M)', () => {
    expect(CALIBRATION_TARGETS.firstYearSales.value).toBeCloseTo(2_517_900, 0);
    expect(r.sales[0]! / CALIBRATION_TARGETS.firstYearSales.value - 1).toBeCloseTo(0, 4);
  });
  it('stores p as solved from 2023 sales in the 19 countries (2.31 M / 0.78), to 4 significant digits', () => {
    const solved = innovationFor(CALIBRATION_TARGETS.neutralSales.value, state);
    expect(Math.abs(inputs.diffusion.innovation / solved - 1)).toBeLessThan(5e-4);
  });
  it('stores the 2025 conditions multiplier as solved, to 4 significant digits', () => {
    const solved = conditionsFor(CALIBRATION_TARGETS.firstYearSales.value, { ...state, innovation: inputs.diffusion.innovation });
    expect(Math.abs(inputs.marketConditions[0]! / solved - 1)).toBeLessThan(5e-4);
  });
  it('stores the retirement rate implied by 2023 (about 0.13 M of 21.07 M) to 2 significant digits', () => {
    expect(inputs.retirementRate).toBe(Number(CALIBRATION_TARGETS.retirementRate.value.toPrecision(2)));
  });
  it('derives households, gas and CO₂ per unit from the published totals', () => {
    expect(inputs.market.households).toBeCloseTo(25.5e6 / 0.12, 0);
    expect(inputs.impact.gasAvoidedM3PerUnit).toBeCloseTo(5.5e9 / 23.96e6, 1);
    expect(inputs.impact.co2AvoidedTonnesPerUnit).toBeCloseTo(45e6 / 23.96e6, 3);
  });
});

describe.each(VINTAGES)('vintage %s', (vintage) => {
  it('meets the calibration targets recorded for it', () => {
    const targets = TARGETS_BY_VINTAGE[vintage];
    expect(targets).toBeDefined();
    const checks = checkTargets(targets!, toModelInputs(assumptions(vintage)), runModel);
    expect(checks.length).toBeGreaterThan(0);
    for (const c of checks) expect(c.ok, `${c.label}: model ${c.model}, target ${c.target}`).toBe(true);
  });
});

describe('the older vintage', () => {
  it('estimated the end-2024 stock from 2023 figures and a 35% fall in 2024 sales', () => {
    const inputs = toModelInputs(assumptions('2024-10'));
    // 23.96 M + 3.02 M × 0.65 − 0.0063 × 23.96 M = 25.772 M
    expect(inputs.market.baseStock).toBeCloseTo(23.96e6 + 3.02e6 * 0.65 - inputs.retirementRate * 23.96e6, -4);
  });
  it('differs from the latest in a few sourced assumptions only', () => {
    const a = toModelInputs(assumptions('2024-10'));
    const b = toModelInputs(assumptions('2025-10'));
    expect(a.years).toEqual(b.years);
    expect(a.market.households).not.toBe(b.market.households);
    expect(a.market.baseStock).not.toBe(b.market.baseStock);
    expect(a.diffusion.innovation).not.toBe(b.diffusion.innovation);
    expect(a.marketConditions[0]).not.toBe(b.marketConditions[0]);
    expect(a.diffusion.imitation).toBe(b.diffusion.imitation);
    expect(a.market.saturationShare).toBe(b.market.saturationShare);
  });
});

/** The passage each sourced figure must appear in, as the source prints it. */
const QUOTED: Record<string, Record<string, string[]>> = {
  '2025-10': {
    'market.households': ['25.5 million', '12% of European households'],
    'market.baseStock': ['25.5 million'],
    'market.saturationShare': ['632 heat pumps installed for every 1,000 households', 'Finland at 524'],
    marketConditions: ['increased by 9%'],
    retirementRate: ['3.02 million', '23.96 million', '13.7%'],
    'impact.gasAvoidedM3PerUnit': ['5.5 billion cubic metres'],
    'impact.co2AvoidedTonnesPerUnit': ['45 megatonnes'],
    'target.stock': ['nearly 60 million by 2030'],
  },
  '2024-10': {
    'market.households': ['200 million households'],
    'market.baseStock': ['23.96 million'],
    'market.saturationShare': ['Norway leads the way with 635', 'Finland with 512'],
    marketConditions: ['fell by 47%'],
    'target.stock': ['nearly 60 million by 2030'],
  },
};

function sourceOf(doc: unknown, path: string): string | undefined {
  const node = path.split('.').reduce<any>((o, k) => o?.[k], doc);
  return node?.source;
}

describe.each(VINTAGES)('sources of %s', (vintage) => {
  const doc = read(vintage, 'assumptions.json');
  const byId = new Map(sources(vintage).map((s) => [s.id, s]));
  const cases = Object.entries(QUOTED[vintage]!);
  it('quote the figures the assumptions are cited for', () => {
    expect(cases.length).toBeGreaterThan(4);
    for (const [path, phrases] of cases) {
      const id = sourceOf(doc, path);
      expect(id, `${path} cites a source`).toBeDefined();
      const quote = byId.get(id!)?.quote ?? '';
      for (const phrase of phrases) expect(quote, `${vintage} ${path} → ${id}`).toContain(phrase);
    }
  });
  it('every cited source exists and carries a quote', () => {
    const cited = JSON.stringify(doc).match(/"source":"([^"]+)"/g) ?? [];
    expect(cited.length).toBeGreaterThan(5);
    for (const c of cited) {
      const id = c.slice('"source":"'.length, -1);
      expect(byId.get(id)?.quote?.length ?? 0, id).toBeGreaterThan(40);
    }
  });
});
