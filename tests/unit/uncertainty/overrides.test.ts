import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { toModelInputs } from '../../../src/inputs';
import { loadVintage } from '../../../packages/engine/src/data/load';
import { DataError } from '../../../packages/engine/src/data/errors';
import { applyOverrides, parseSetArgument } from '../../../packages/engine/src/data/overrides';
import { runModel } from '../../../src/model/project';
import { runScenarios, type ScenarioResult } from '../../../packages/engine/src/model/uncertainty';
import type { Results } from '../../../src/model/types';
import { referenceModel } from '../../oracles/reference-model';

const vintage = loadVintage(resolve('data/vintages/2026-11'));
const cli = { file: '--set' };

describe('data/overrides parseSetArgument', () => {
  it('reads numbers, multipliers and rejects the rest with a usage message', () => {
    expect(parseSetArgument('pricing.learningRate=0.12')).toEqual({ path: 'pricing.learningRate', override: 0.12 });
    expect(parseSetArgument('acceleratorShipments=*1.1')).toEqual({ path: 'acceleratorShipments', override: { scale: 1.1 } });
    expect(parseSetArgument('acceleratorShipments=x0.9')).toEqual({ path: 'acceleratorShipments', override: { scale: 0.9 } });
    expect(parseSetArgument('pricing.learningRate')).toEqual({ error: expect.stringMatching(/expected --set path=value/) });
    expect(parseSetArgument('pricing.learningRate=fast')).toEqual({
      error: expect.stringMatching(/expected a number or a multiplier like \*1.1 after "pricing.learningRate=", got "fast"/),
    });
  });
});

describe('data/overrides applyOverrides', () => {
  it('sets a scalar, scales a series and sets one year, leaving the original untouched', () => {
    const r = applyOverrides(
      vintage.assumptions,
      { 'pricing.learningRate': 0.12, acceleratorShipments: { scale: 2 }, 'segments.scaleUp.lpoShareOfPluggable.2027': 0.3 },
      cli,
    );
    expect(r.problems).toEqual([]);
    expect(r.doc!.pricing.learningRate.value).toBe(0.12);
    expect(r.doc!.acceleratorShipments.values['2030']).toBe(2 * vintage.assumptions.acceleratorShipments.values['2030']!);
    expect(r.doc!.segments.scaleUp.lpoShareOfPluggable.values['2027']).toBe(0.3);
    expect(vintage.assumptions).toEqual(loadVintage(resolve('data/vintages/2026-11')).assumptions);
  });

  it('pins an overridden assumption: its distribution is dropped, so a what-if may leave the old range', () => {
    const r = applyOverrides(vintage.assumptions, { 'pricing.learningRate': 0.3 }, cli);
    expect(r.problems).toEqual([]);
    expect(r.doc!.pricing.learningRate.distribution).toBeUndefined();
    expect(r.doc!.pricing.cpoAspUsdPer800gEq.distribution).toBeDefined();
  });

  it('reports unknown paths, wrong shapes and invalid results against the CLI origin', () => {
    expect(applyOverrides(vintage.assumptions, { 'pricing.learnigRate': 0.1 }, cli).problems[0]!.message).toMatch(/did you mean "pricing.learningRate"/);
    expect(applyOverrides(vintage.assumptions, { acceleratorShipments: 5 }, cli).problems[0]!.message).toMatch(
      /expected for the series "acceleratorShipments" a multiplier/,
    );
    expect(applyOverrides(vintage.assumptions, { 'acceleratorShipments.2040': 5 }, cli).problems[0]!.message).toMatch(
      /expected a year of "acceleratorShipments" \(2024, .*2030\), got "2040"/,
    );
    const invalid = applyOverrides(vintage.assumptions, { 'pricing.learningRate': 1.5 }, cli);
    expect(invalid.doc).toBeUndefined();
    expect(invalid.problems[0]).toMatchObject({
      file: '--set',
      message: expect.stringMatching(
        /override of "pricing.learningRate" makes the assumptions invalid: expected a learning rate from 0 up to \(not including\) 0\.5; .*, got 1\.5/,
      ),
    });
    const mix = applyOverrides(vintage.assumptions, { 'segments.scaleOut.speedMix.800G': { scale: 0.5 } }, cli);
    expect(mix.problems.map((p) => p.message).join('\n')).toMatch(/expected the port-speed shares of 2024 to sum to 1/);
  });
});

describe('uncertainty/scenarios', () => {
  // Computed before each test, not while the file is collected, so mutation testing can tell which test covers what.
  let scenarios: ScenarioResult<Results>[];
  beforeEach(() => {
    scenarios = runScenarios(vintage.assumptions, vintage.uncertainty!.scenarios, { toInputs: toModelInputs, run: runModel });
  });
  it('runs the base scenario (no overrides) to exactly the point forecast', () => {
    const base = scenarios.find((s) => s.overrides === 0)!;
    expect(base.results).toEqual(runModel(vintage.inputs));
  });
  it('orders bear below base below bull in end-of-horizon revenue', () => {
    const rev = (id: string) => scenarios.find((s) => s.id === id)!.results.total.cpoRevenueUsd.at(-1)!;
    expect(rev('bear')).toBeLessThan(rev('base'));
    expect(rev('bull')).toBeGreaterThan(rev('base'));
  });
  it('each scenario is the reference calculation on the assumptions with its overrides written in by hand', () => {
    // A number replaces an assumption's value; {"scale": k} multiplies every year of a series.
    expect(scenarios.length).toBe(vintage.uncertainty!.scenarios.length);
    for (const scenario of vintage.uncertainty!.scenarios) {
      const doc: any = structuredClone(vintage.assumptions);
      for (const [id, override] of Object.entries(scenario.overrides)) {
        const node = id.split('.').reduce((o, k) => o[k], doc);
        if (typeof override === 'number') node.value = override;
        else for (const y of Object.keys(node.values)) node.values[y] *= (override as { scale: number }).scale;
      }
      const ref = referenceModel(doc);
      const result = scenarios.find((s) => s.id === scenario.id)!.results;
      ref.rows.forEach((row, i) => expect(result.total.cpoRevenueUsd[i]! / row.revenue - 1, `${scenario.id} ${row.year}`).toBeCloseTo(0, 9));
      expect(result.metrics.crossoverYear, scenario.id).toBe(ref.crossoverYear);
    }
  });

  it('refuses a scenario whose overrides break the assumptions, naming the file and the override pointer', () => {
    const scenarios: { id: string; label: string; rationale: string; overrides: Record<string, number> }[] = [
      { id: 'fine', label: 'Fine', rationale: 'no change', overrides: {} },
      { id: 'broken', label: 'Broken', rationale: 'a learning rate past the schema limit', overrides: { 'pricing.learningRate': 1.5 } },
    ];
    let error: unknown;
    try {
      runScenarios(vintage.assumptions, scenarios, { toInputs: toModelInputs, run: runModel });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).problems[0]).toMatchObject({ file: 'uncertainty.json', pointer: '/scenarios/1/overrides/pricing.learningRate' });
    expect((error as DataError).message).toMatch(/pricing\.learningRate/);
  });
});
