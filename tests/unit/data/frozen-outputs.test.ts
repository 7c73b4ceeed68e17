import { describe, expect, it } from 'vitest';
import { describeDrift, driftIsEmpty, outputDrift, restatementOf, snapshotOutputs } from '../../../packages/engine/src/data/frozen-outputs';

const text = (_name: string, v: number | null | undefined) => (v === undefined ? 'absent' : v === null ? 'none' : `$${v}B`);
const snapshot = (facts: Record<string, number | null>, charts: Record<string, unknown> = { 'fig-a': { rows: [{ year: 2030, v: 1 }] } }) =>
  snapshotOutputs({ facts: Object.entries(facts).map(([name, value]) => ({ name, value })), charts });

describe('data/frozen outputs', () => {
  it('the same outputs give the same record, whatever the order, and floating-point noise does not count', () => {
    const a = snapshot({ 'revenue.2030': 24.2, 'share.2030': 0.6 });
    const b = snapshotOutputs({
      facts: [
        { name: 'share.2030', value: 0.6 + 1e-15 },
        { name: 'revenue.2030', value: 24.2 },
      ],
      charts: { 'fig-a': { rows: [{ v: 1, year: 2030 }] } },
    });
    expect(b).toEqual(a);
    expect(driftIsEmpty(outputDrift(a, b))).toBe(true);
  });

  it('names every fact that moved, appeared or disappeared, and every figure whose data changed', () => {
    const published = snapshot({ 'revenue.2030': 24.2, 'crossover.year': 2029, gone: 1 });
    const today = snapshot({ 'revenue.2030': 26.7, 'crossover.year': 2029, added: 2 }, { 'fig-a': { rows: [{ year: 2030, v: 2 }] } });
    const drift = outputDrift(published, today);
    expect(drift.facts).toEqual([
      { name: 'added', old: undefined, new: 2 },
      { name: 'gone', old: 1, new: undefined },
      { name: 'revenue.2030', old: 24.2, new: 26.7 },
    ]);
    expect(drift.charts).toEqual(['fig-a']);
    expect(describeDrift(drift, text, 12, ['revenue.2030'])).toEqual([
      'revenue.2030: $24.2B → $26.7B',
      'added: absent → $2B',
      'gone: $1B → absent',
      'figure data changed: fig-a',
    ]);
  });

  it('a restatement keeps the moved facts as readers saw them, with enough digits when they read the same', () => {
    const drift = outputDrift(snapshot({ x: 24.21 }), snapshot({ x: 24.24 }));
    const r = restatementOf(drift, (_n, v) => (typeof v === 'number' ? `$${v.toFixed(1)}B` : 'absent'), '2026-12-01', 'the price model now compounds yearly');
    expect(r).toEqual({
      date: '2026-12-01',
      note: 'the price model now compounds yearly',
      moved: [{ name: 'x', old: '$24.2B (24.21)', new: '$24.2B (24.24)' }],
    });
  });
});
