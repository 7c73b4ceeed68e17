import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/model';
import { LATEST } from '../../helpers/vintages';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadVintage } from '../../../packages/engine/src/data/load';

function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = main(argv, { out: (t) => (out += t), err: (t) => (err += t), tty: false });
  return { code, out, err };
}

describe('scripts/model (npm run model)', () => {
  it('prints the headline table with a progress indicator', () => {
    const r = run('--vintage', '2026-11', '--draws', '300', '--seed', '5');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Vintage 2026-11: 300 draws, seed 5, \d+ uncertain assumptions/);
    expect(r.out).toMatch(/CPO revenue excluding ELS \(USD\)\nYear +Point +p5 +p25 +Median +p75 +p95/);
    expect(r.out).toMatch(/Scale-up overtakes scale-out before 2030 +\d+%/);
    expect(r.out).toMatch(/Bear +\$[\d.]+[MB]/);
    expect(r.err).toMatch(/Monte Carlo: 300\/300 draws \(100%\)/);
  });

  it('gives byte-identical JSON for the same seed and records seed, draws and overrides', () => {
    // A learning rate the latest vintage does not have, so the what-if changes something.
    const rate = Math.round((loadVintage(resolve(`data/vintages/${LATEST}`)).assumptions as any).pricing.learningRate.value * 1000 + 20) / 1000;
    const a = run('--draws', '200', '--seed', '11', '--json', '--set', `pricing.learningRate=${rate}`);
    const b = run('--draws', '200', '--seed', '11', '--json', '--set', `pricing.learningRate=${rate}`);
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
    const json = JSON.parse(a.out);
    // Without --vintage the CLI runs the latest published vintage.
    expect(json).toMatchObject({ vintage: LATEST, seed: 11, draws: 200, overrides: { 'pricing.learningRate': rate } });
    expect(json.monteCarlo.assumptions).not.toContain('pricing.learningRate');
    const base = JSON.parse(run('--draws', '200', '--seed', '11', '--json').out);
    expect(json.point.series['total.cpoRevenueUsd']).not.toEqual(base.point.series['total.cpoRevenueUsd']);
  });

  it('prints every band as CSV: one row per series and year', () => {
    const r = run('--draws', '200', '--csv');
    const lines = r.out.trim().split('\r\n');
    expect(lines[0]).toBe('series,year,point,p5,p25,p50,p75,p95');
    expect(lines.find((l) => l.startsWith('total.cpoRevenueUsd,2030,'))).toBeDefined();
    expect((lines.length - 1) % 7).toBe(0);
  });

  it('--out writes only the result to a file (clean JSON whatever npm prints), and what-ifs move pinned scenario values too', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'model-cli-')), 'result.json');
    const r = run('--draws', '200', '--seed', '3', '--json', '--out', file, '--set', 'pricing.learningRate=0.15');
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toContain(`Wrote ${file}`);
    const json = JSON.parse(readFileSync(file, 'utf8'));
    expect(json.overrides).toEqual({ 'pricing.learningRate': 0.15 });
    // Every scenario that pins the learning rate moves with the what-if instead of ignoring it.
    const pinned = loadVintage(resolve(`data/vintages/${LATEST}`)).uncertainty!.scenarios.filter(
      (s) => typeof s.overrides['pricing.learningRate'] === 'number',
    );
    expect(pinned.length).toBeGreaterThan(0);
    expect(json.scenarioShifts.map((s: { scenario: string }) => s.scenario)).toEqual(pinned.map((s) => s.id));
    expect(Array.isArray(json.warnings)).toBe(true);
  });

  it('rejects bad arguments with a usage error (exit 2)', () => {
    for (const args of [
      ['--draws', 'abc'],
      ['--draws', '5'],
      ['--seed', '-1'],
      ['--json', '--csv'],
      ['--vintage', '1999-01'],
      ['--frobnicate'],
      ['--set', 'pricing.learningRate'],
    ]) {
      const r = run(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toMatch(/^error: [\s\S]+?\n\nusage: npm run model/);
    }
  });

  it('rejects an invalid what-if with the reason (exit 1)', () => {
    const unknown = run('--draws', '200', '--set', 'pricing.learnigRate=0.1');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/--set: unknown assumption "pricing.learnigRate"; did you mean "pricing.learningRate"\?/);
    const invalid = run('--draws', '200', '--set', 'segments.scaleUp.adoption.cap=1.5');
    expect(invalid.code).toBe(1);
    expect(invalid.err).toMatch(/override of "segments.scaleUp.adoption.cap" makes the assumptions invalid: expected a fraction between 0 and 1, got 1.5/);
  });
});
