import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../packages/engine/src/data/errors';
import { loadVintage } from '../../../packages/engine/src/data/load';
import { z } from 'zod';
import { uncertaintyFile } from '../../../packages/engine/src/data/schema';
import { UncertaintyEvents } from '../../../src/schema';

/** A private copy of the 2026-11 vintage; `edit` changes one file's JSON before loading. */
function loadEdited(file: string, edit: (doc: any) => void) {
  const dir = join(mkdtempSync(join(tmpdir(), 'uncertainty-')), '2026-11');
  cpSync(resolve('data/vintages/2026-11'), dir, { recursive: true });
  const doc = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  edit(doc);
  writeFileSync(join(dir, file), JSON.stringify(doc, null, 2));
  try {
    loadVintage(dir, dirname(dir));
    return { problems: [] as string[] };
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    return { problems: e.message.split('\n') };
  }
}
const dirname = (p: string) => p.slice(0, p.lastIndexOf('/'));

describe('data/distribution validation', () => {
  it('accepts the published vintage', () => {
    expect(loadEdited('assumptions.json', () => {}).problems).toEqual([]);
  });

  it('rejects low above high, naming the file, the pointer and both values', () => {
    const { problems } = loadEdited('assumptions.json', (d) => (d.pricing.learningRate.distribution = { type: 'uniform', low: 0.9, high: 0.01 }));
    expect(problems).toEqual([
      expect.stringMatching(
        /^2026-11\/assumptions\.json#\/pricing\/learningRate\/distribution\/high \(line \d+, column \d+\): expected "low" ≤ "high", got low 0.9 and high 0.01$/,
      ),
    ]);
  });

  it('rejects a triangular mode outside [low, high]', () => {
    const { problems } = loadEdited(
      'assumptions.json',
      (d) => (d.pricing.learningRate.distribution = { type: 'triangular', low: 0.01, mode: 0.95, high: 0.9 }),
    );
    expect(problems.join('\n')).toMatch(/learningRate\/distribution\/mode .*expected the mode within \[low, high\] = \[0.01, 0.9\], got 0.95/);
  });

  it('rejects a range that leaves out the point value', () => {
    let point = 0;
    const { problems } = loadEdited('assumptions.json', (d) => {
      point = d.pricing.learningRate.value;
      d.pricing.learningRate.distribution = { type: 'uniform', low: point / 4, high: point / 2 };
    });
    expect(problems.join('\n')).toContain(`expected the point value within the distribution's range [${point / 4}, ${point / 2}], got ${point}`);
  });

  it('rejects draws outside the assumption kind, also through a series multiplier', () => {
    const cap = loadEdited('assumptions.json', (d) => (d.segments.scaleUp.adoption.cap.distribution = { type: 'triangular', low: 0.1, high: 1.2 }));
    expect(cap.problems.join('\n')).toMatch(
      /cap\/distribution\/high .*expected every value the distribution can draw to be a fraction between 0 and 1, but it can draw 1.2/,
    );
    const lpo = loadEdited('assumptions.json', (d) => (d.segments.scaleUp.lpoShareOfPluggable.distribution = { type: 'triangular', low: 0.5, high: 500 }));
    expect(lpo.problems.join('\n')).toMatch(/lpoShareOfPluggable\/distribution\/high .*multiplier × the point value/);
  });

  it('checks a relative distribution against the point value it multiplies', () => {
    let cap = 0;
    const { problems } = loadEdited('assumptions.json', (d) => {
      cap = d.segments.scaleOut.adoption.cap.value;
      d.segments.scaleOut.adoption.cap.distribution = { type: 'uniform', low: 0.5, high: 1.5 / cap, relative: true };
    });
    expect(problems.join('\n')).toMatch(
      /scaleOut\/adoption\/cap\/distribution\/high .*a fraction between 0 and 1, but it can draw 1.5 \(multiplier × the point value\)/,
    );
    const centre = loadEdited(
      'assumptions.json',
      (d) => (d.segments.scaleOut.adoption.cap.distribution = { type: 'uniform', low: 1.1, high: 1.5, relative: true }),
    );
    expect(centre.problems.join('\n')).toMatch(/expected a multiplier range \[low, high\] that contains 1 \(the point value\), got \[1.1, 1.5\]/);
  });

  it('names the allowed types for an unknown one', () => {
    const { problems } = loadEdited('assumptions.json', (d) => (d.pricing.learningRate.distribution = { type: 'beta', low: 0, high: 1 }));
    expect(problems.join('\n')).toMatch(/learningRate\/distribution.*"triangular", "uniform", "normal" or "lognormal", got "beta"/);
  });

  it('requires bounds on a truncated normal and rejects a negative standard deviation', () => {
    const { problems } = loadEdited('assumptions.json', (d) => (d.pricing.learningRate.distribution = { type: 'normal', sd: -1, low: 0.01 }));
    const text = problems.join('\n');
    expect(text).toMatch(/distribution\/sd .*expected a standard deviation of 0 or more, got -1/);
    expect(text).toMatch(/distribution\/high .*expected key "high", but it is missing/);
  });
});

describe('data/uncertainty.json validation', () => {
  it('rejects a seed out of range and too few draws', () => {
    const { problems } = loadEdited('uncertainty.json', (d) => {
      d.seed = -3;
      d.draws = 10;
    });
    expect(problems.join('\n')).toMatch(/uncertainty\.json#\/seed .*expected a seed from 0 to 2147483647, got -3/);
    expect(problems.join('\n')).toMatch(/uncertainty\.json#\/draws .*expected at least 100 draws, got 10/);
  });

  it('points at a scenario override with an unknown path and suggests the right one', () => {
    const { problems } = loadEdited('uncertainty.json', (d) => (d.scenarios[0].overrides = { 'pricing.learningrate': 0.1 }));
    expect(problems).toEqual([
      expect.stringMatching(
        /^2026-11\/uncertainty\.json#\/scenarios\/0\/overrides\/pricing\.learningrate \(line \d+, column \d+\): unknown assumption "pricing\.learningrate"; did you mean "pricing\.learningRate"\?/,
      ),
    ]);
  });

  it('rejects an override that makes the assumptions invalid, and duplicate scenario ids', () => {
    const { problems } = loadEdited('uncertainty.json', (d) => {
      d.scenarios[0].overrides = { 'segments.scaleUp.adoption.cap': 1.4 };
      d.scenarios[2].id = d.scenarios[1].id;
    });
    const text = problems.join('\n');
    expect(text).toMatch(
      /scenarios\/0\/overrides\/segments\.scaleUp\.adoption\.cap .*override of "segments.scaleUp.adoption.cap" makes the assumptions invalid: expected a fraction between 0 and 1, got 1.4/,
    );
    expect(text).toMatch(/scenarios\/2\/id .*duplicate scenario id "base"/);
  });

  it('rejects event years outside the horizon', () => {
    const { problems } = loadEdited('uncertainty.json', (d) => (d.events.cagr.to = 2035));
    expect(problems.join('\n')).toMatch(/events\/cagr\/to .*expected a year within the model horizon 2024–2030, got 2035/);
  });

  it('checks correlations: known paths with distributions, and a consistent matrix', () => {
    const bad = loadEdited('uncertainty.json', (d) => {
      d.correlations = [
        { between: ['pricing.learningrate', 'pricing.cpoAspUsdPer800gEq'], rho: 0.3, rationale: 'r' },
        { between: ['power.referenceClusterAccelerators', 'pricing.cpoAspUsdPer800gEq'], rho: 0.3, rationale: 'r' },
        { between: ['pricing.cpoAspUsdPer800gEq', 'pricing.cpoAspUsdPer800gEq'], rho: 0.3, rationale: 'r' },
        { between: ['pricing.learningRate', 'pricing.cpoAspUsdPer800gEq'], rho: 1.5, rationale: 'r' },
      ];
    });
    const text = bad.problems.join('\n');
    expect(text).toMatch(/correlations\/3\/rho .*expected a correlation between -1 and 1 \(exclusive\), got 1.5/);
    const paths = loadEdited('uncertainty.json', (d) => {
      d.correlations = [
        { between: ['pricing.learningrate', 'pricing.cpoAspUsdPer800gEq'], rho: 0.3, rationale: 'r' },
        { between: ['power.referenceClusterAccelerators', 'pricing.cpoAspUsdPer800gEq'], rho: 0.3, rationale: 'r' },
        { between: ['pricing.cpoAspUsdPer800gEq', 'pricing.cpoAspUsdPer800gEq'], rho: 0.3, rationale: 'r' },
      ];
    }).problems.join('\n');
    expect(paths).toMatch(/correlations\/0\/between\/0 .*unknown assumption "pricing.learningrate"; did you mean "pricing.learningRate"/);
    expect(paths).toMatch(/correlations\/1\/between\/0 .*"power.referenceClusterAccelerators" has none/);
    expect(paths).toMatch(/correlations\/2\/between .*got "pricing.cpoAspUsdPer800gEq" twice/);
    const inconsistent = loadEdited('uncertainty.json', (d) => {
      d.correlations = [
        { between: ['pricing.learningRate', 'pricing.cpoAspUsdPer800gEq'], rho: 0.9, rationale: 'r' },
        { between: ['pricing.cpoAspUsdPer800gEq', 'els.laserAspUsd'], rho: 0.9, rationale: 'r' },
        { between: ['pricing.learningRate', 'els.laserAspUsd'], rho: -0.9, rationale: 'r' },
      ];
    }).problems.join('\n');
    expect(inconsistent).toMatch(/uncertainty\.json#\/correlations .*not consistent with each other/);
  });
});

describe('data/schema/uncertainty.schema.json', () => {
  it('matches the zod schema (run npm run schema after changing it)', () => {
    const committed = JSON.parse(readFileSync('data/schema/uncertainty.schema.json', 'utf8'));
    expect(committed).toEqual(z.toJSONSchema(uncertaintyFile(UncertaintyEvents), { target: 'draft-2020-12', unrepresentable: 'any' }));
  });
});
