import { describe, expect, it } from 'vitest';
import type { Vintage } from '../../../packages/engine/src/data/load';
import { explainedTotal } from '../../../packages/engine/src/model/attribution';
import { attributeRevision, diffAssumptions, summarizeRevision, type VintageComparison } from '../../../packages/engine/src/report/revisions';

/**
 * Two small synthetic vintages that differ in exactly one way per case, with a metric that reads an absent
 * assumption as its default (as a model does when a vintage predates an assumption).
 */
type Doc = { years: { start: number; end: number }; [k: string]: unknown };
const node = (label: string, value: number) => ({ label, unit: 'count', value, rationale: 'test' });
const vintage = (id: string, assumptions: Doc) => ({ id, assumptions, sources: [] }) as unknown as Vintage;
const valueOf = (doc: Doc, key: string, fallback: number) => (doc[key] as { value?: number } | undefined)?.value ?? fallback;
/** Revenue = volume × price, price defaulting to 1 when absent; a later horizon adds 50%. */
const revenue = (doc: Doc) => valueOf(doc, 'volume', 0) * valueOf(doc, 'price', 1) * (doc.years.end > 2030 ? 1.5 : 1);

function compare(before: Doc, after: Doc) {
  const previous = vintage('2026-05', before);
  const current = vintage('2026-11', after);
  const changes = diffAssumptions(previous, current);
  const attribution = attributeRevision(before, after, changes, 2030, revenue);
  const comparison = {
    previous,
    current,
    changes,
    facts: [],
    sourcesAdded: [],
    sourcesRemoved: [],
    horizonChanged: false,
    targetYear: 2030,
    attribution,
  } as unknown as VintageComparison;
  return { changes, attribution, comparison };
}
const years = { start: 2024, end: 2030 };

describe('report/revision attribution: added and removed assumptions', () => {
  it('an added assumption gets its own bar, measured from its absence (the default)', () => {
    const { changes, attribution } = compare({ years, volume: node('Volume', 10) }, { years, volume: node('Volume', 10), price: node('Price', 3) });
    expect(changes.map((c) => [c.id, c.kind])).toEqual([['price', 'added']]);
    expect(attribution.contributions).toEqual([expect.objectContaining({ id: 'price', label: 'Price (added)', before: 10, after: 30, delta: 20 })]);
    expect(attribution.residual).toBe(0);
  });

  it('a removed assumption gets its own bar, measured to its absence', () => {
    const { changes, attribution } = compare({ years, volume: node('Volume', 10), price: node('Price', 3) }, { years, volume: node('Volume', 10) });
    expect(changes.map((c) => [c.id, c.kind])).toEqual([['price', 'removed']]);
    expect(attribution.contributions).toEqual([expect.objectContaining({ id: 'price', label: 'Price (removed)', delta: -20 })]);
    expect(attribution.residual).toBe(0);
  });

  it('assumptions added inside a group the old vintage lacks are one step: the group is added whole', () => {
    // The metric reads the group as a whole, as a model does: half a group (width without height) throws.
    const area = (doc: Doc) => {
      const box = doc.box as { width: { value: number }; height: { value: number } } | undefined;
      if (box && (!box.width || !box.height)) throw new Error('half a group');
      return valueOf(doc, 'volume', 0) * (box ? box.width.value * box.height.value : 1);
    };
    const before: Doc = { years, volume: node('Volume', 10) };
    const after: Doc = { years, volume: node('Volume', 10), box: { width: node('Width', 2), height: node('Height', 3) } };
    const changes = diffAssumptions(vintage('a', before), vintage('b', after));
    expect(changes.map((c) => [c.id, c.kind])).toEqual([
      ['box.width', 'added'],
      ['box.height', 'added'],
    ]);
    const attribution = attributeRevision(before, after, changes, 2030, area);
    // 10 × 1 without the box, 10 × 2 × 3 = 60 with it.
    expect(attribution.contributions).toEqual([expect.objectContaining({ id: 'box', label: 'Width and 1 more (added)', before: 10, after: 60, delta: 50 })]);
    expect(attribution.residual).toBe(0);
    // The other way round, the group is removed whole.
    const back = attributeRevision(after, before, diffAssumptions(vintage('b', after), vintage('a', before)), 2030, area);
    expect(back.contributions).toEqual([expect.objectContaining({ id: 'box', label: 'Width and 1 more (removed)', delta: -50 })]);
  });

  it('changed, added and removed steps with the residual add up to the total', () => {
    const { attribution } = compare(
      { years, volume: node('Volume', 10), price: node('Price', 3), legacy: node('Legacy', 1) },
      { years: { start: 2024, end: 2031 }, volume: node('Volume', 12), price: node('Price', 3), extra: node('Extra', 2) },
    );
    expect(attribution.contributions.map((c) => c.id)).toEqual(['volume', 'extra', 'legacy']);
    expect(attribution.residual).not.toBe(0);
    expect(explainedTotal(attribution)).toBeCloseTo(attribution.total, 9);
  });
});

describe('report/revision headline sentence', () => {
  it('names the driver when it is larger than the residual', () => {
    const { comparison } = compare({ years, volume: node('Volume', 10) }, { years, volume: node('Volume', 20) });
    expect(summarizeRevision(comparison)).toMatch(/Most of the change comes from the volume \(\+\$10\)/);
  });

  it('never names a driver smaller than the residual', () => {
    // Volume moves revenue by 1 (10 → 11); the horizon, which no step reaches, moves it by 5.5.
    const { comparison, attribution } = compare({ years, volume: node('Volume', 10) }, { years: { start: 2024, end: 2031 }, volume: node('Volume', 11) });
    expect(attribution.contributions).toEqual([expect.objectContaining({ id: 'volume', delta: 1 })]);
    expect(attribution.residual).toBeCloseTo(5.5, 9);
    const text = summarizeRevision(comparison);
    expect(text).not.toMatch(/comes from the volume/);
    expect(text).toMatch(/Most of the change \(\+\$5\.5\) is not explained by any single assumption/);
  });
});
