import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSeriesNode, listAssumptions } from '../../../packages/engine/src/data/assumptions';
import { loadVintage } from '../../../packages/engine/src/data/load';
import type { AssumptionsFile } from '../../../src/schema';
import { attribute, explainedTotal, type AttributionStep } from '../../../packages/engine/src/model/attribution';
import { attributeRevision, revenueIn } from '../../../packages/engine/src/report/revisions';

/** Floating-point agreement relative to the size of the numbers involved. */
const close = (a: number, b: number, scale: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(scale));

describe('model/attribute (generic sequential substitution)', () => {
  // A metric with interactions (products and a non-linearity), so the order matters but the sum must not.
  const metric = (x: number[]) => x[0]! * x[1]! + Math.exp(x[2]! / 10) * x[0]! - x[1]! ** 2 / 7;
  const vec = fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 3, maxLength: 3 });

  it('contributions plus residual equal the total change, in any order', () => {
    fc.assert(
      fc.property(vec, vec, fc.shuffledSubarray([0, 1, 2]), (from, to, order) => {
        const steps: AttributionStep<number[]>[] = order.map((k) => ({
          id: `x${k}`,
          label: `x${k}`,
          apply: (s) => s.map((v, i) => (i === k ? to[i]! : v)),
        }));
        const a = attribute(from, to, steps, metric);
        expect(a.total).toBe(metric(to) - metric(from));
        expect(close(explainedTotal(a), a.total, Math.max(Math.abs(a.start), Math.abs(a.end)))).toBe(true);
        // Each step is the metric's move when that coordinate is switched, computed here from the states directly;
        // whatever the steps do not reach is the residual.
        let state = [...from];
        order.forEach((k, step) => {
          const next = state.map((v, i) => (i === k ? to[i]! : v));
          expect(a.contributions[step]!.delta).toBe(metric(next) - metric(state));
          state = next;
        });
        expect(a.residual).toBe(metric(to) - metric(state));
      }),
    );
  });

  it('steps that reach every coordinate rebuild the end state exactly: nothing is left for the residual', () => {
    fc.assert(
      fc.property(vec, vec, fc.shuffledSubarray([0, 1, 2], { minLength: 3 }), (from, to, order) => {
        expect(order.length).toBe(3);
        const steps: AttributionStep<number[]>[] = order.map((k) => ({ id: `x${k}`, label: `x${k}`, apply: (s) => s.map((v, i) => (i === k ? to[i]! : v)) }));
        expect(attribute(from, to, steps, metric).residual).toBe(0);
      }),
    );
  });

  it('does not mutate the start state', () => {
    const start = [1, 2, 3];
    attribute(start, [4, 5, 6], [{ id: 'a', label: 'a', apply: (s) => [9, ...s.slice(1)] }], metric);
    expect(start).toEqual([1, 2, 3]);
  });
});

describe('revision attribution over random pairs of vintages', () => {
  const base = loadVintage('data/vintages/2026-11').assumptions;
  const ids = listAssumptions(base).map((a) => a.id);

  /** A random vintage: the real assumptions with a random subset scaled or shifted within their valid ranges. */
  const vintageArb = fc
    .array(fc.record({ id: fc.constantFrom(...ids), factor: fc.double({ min: 0.5, max: 1.5, noNaN: true }), shift: fc.integer({ min: -2, max: 2 }) }), {
      maxLength: 12,
    })
    .map((edits) => {
      const doc = structuredClone(base);
      for (const { id, factor, shift } of edits) {
        const node = listAssumptions(doc).find((a) => a.id === id)!.node;
        const fraction = node.unit.startsWith('fraction');
        const change = (v: number) => (node.unit === 'year' ? v + shift : fraction ? Math.min(0.95, v * factor) : v * factor);
        if (isSeriesNode(node)) for (const y of Object.keys(node.values)) node.values[y] = change(node.values[y]!);
        else node.value = change(node.value);
      }
      return doc;
    });

  const changedIds = (a: AssumptionsFile, b: AssumptionsFile) => {
    const before = new Map(listAssumptions(a).map((x) => [x.id, JSON.stringify(isSeriesNode(x.node) ? x.node.values : x.node.value)]));
    return listAssumptions(b)
      .filter((x) => before.get(x.id) !== JSON.stringify(isSeriesNode(x.node) ? x.node.values : x.node.value))
      .map((x) => ({ id: x.id, path: x.path, label: x.node.label, kind: 'changed' as const }));
  };

  it('the waterfall sums to the total change of 2030 revenue, with no residual when only values changed', () => {
    fc.assert(
      fc.property(vintageArb, vintageArb, (older, newer) => {
        const changes = changedIds(older, newer);
        const a = attributeRevision(older, newer, changes, 2030);
        expect(a.start).toBe(revenueIn(2030)(older));
        expect(a.end).toBe(revenueIn(2030)(newer));
        expect(a.contributions.map((c) => c.id)).toEqual(changes.map((c) => c.id));
        expect(a.residual).toBe(0);
        expect(close(explainedTotal(a), a.total, Math.max(a.start, a.end))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('the total does not depend on the order; only its split does', () => {
    fc.assert(
      fc.property(vintageArb, vintageArb, fc.integer({ min: 0, max: 1e6 }), (older, newer, seed) => {
        const changes = changedIds(older, newer);
        const shuffled = [...changes].sort((x, y) => ((x.id.length * 31 + seed) % 7) - ((y.id.length * 31 + seed) % 7));
        const a = attributeRevision(older, newer, changes, 2030);
        const b = attributeRevision(older, newer, shuffled, 2030);
        expect(b.total).toBe(a.total);
        expect(close(explainedTotal(b), a.total, Math.max(a.start, a.end))).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('a single changed assumption explains the whole change', () => {
    const newer = structuredClone(base);
    newer.segments.scaleUp.adoption.cap.value = 0.4;
    const a = attributeRevision(base, newer, changedIds(base, newer), 2030);
    expect(a.contributions).toHaveLength(1);
    expect(a.contributions[0]!.id).toBe('segments.scaleUp.adoption.cap');
    expect(a.contributions[0]!.delta).toBe(a.total);
    expect(a.total).toBeGreaterThan(0);
  });

  it('a longer horizon cannot be substituted: its effect is the residual, and the sum still holds', () => {
    const newer = structuredClone(base);
    newer.years.start = 2023;
    for (const { node } of listAssumptions(newer)) if (isSeriesNode(node)) node.values = { '2023': Object.values(node.values)[0]!, ...node.values };
    newer.acceleratorShipments.values['2030'] = 20_000_000;
    const changes = changedIds(base, newer);
    const a = attributeRevision(base, newer, changes, 2030);
    expect(changes.map((c) => c.id)).toContain('acceleratorShipments');
    // Starting a year earlier adds cumulative volume before 2030, so the 2030 price and revenue differ.
    expect(a.residual).not.toBe(0);
    expect(close(explainedTotal(a), a.total, Math.max(a.start, a.end))).toBe(true);
  });
});
