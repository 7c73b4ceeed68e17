import { describe, expect, it } from 'vitest';
import type { Vintage } from '../../../packages/engine/src/data/load';
import { explainedTotal } from '../../../packages/engine/src/model/attribution';
import { attributeRevision, diffAssumptions, revenueIn, summarizeRevision, type VintageComparison } from '../../../packages/engine/src/report/revisions';
import { loadVintage } from '../../../packages/engine/src/data/load';
import report from '../../../src/report';
import { resolve } from 'node:path';

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

describe('report/revision attribution: where groups start', () => {
  const leaf = (label: string, value: number) => node(label, value);
  const ids = (before: Doc, after: Doc) => {
    const a = attributeRevision(before, after, diffAssumptions(vintage('a', before), vintage('b', after)), 2030, () => 0);
    return a.contributions.map((c) => [c.id, c.label]);
  };

  it('leaves added assumptions inside a group both vintages have as separate steps', () => {
    const before: Doc = { years, box: { width: leaf('Width', 2) } };
    const after: Doc = { years, box: { width: leaf('Width', 2), height: leaf('Height', 3), depth: leaf('Depth', 4) } };
    expect(ids(before, after)).toEqual([
      ['box.height', 'Height (added)'],
      ['box.depth', 'Depth (added)'],
    ]);
  });

  it('adds a group at the first level the old vintage lacks, two levels down, under its dotted path', () => {
    const before: Doc = { years, a: { kept: leaf('Kept', 1) } };
    const after: Doc = { years, a: { kept: leaf('Kept', 1), b: { c: leaf('C', 1), d: leaf('D', 2) } } };
    expect(ids(before, after)).toEqual([['a.b', 'C and 1 more (added)']]);
    // With no `a` at all, the group is `a` itself, found through two absent levels.
    expect(ids({ years }, { years, a: { b: { c: leaf('C', 1), d: leaf('D', 2) } } })).toEqual([['a', 'C and 1 more (added)']]);
  });

  it('names a one-member group by the assumption, not the group', () => {
    expect(ids({ years }, { years, box: { width: leaf('Width', 2) } })).toEqual([['box.width', 'Width (added)']]);
  });

  it('leaves an assumption that turned from one value into a series to the residual, and shows both in the diff', () => {
    const before: Doc = { years, volume: node('Volume', 10), price: node('Price', 3) };
    const after: Doc = { years, volume: node('Volume', 10), price: { label: 'Price', unit: 'count', values: { 2030: 5 }, rationale: 'test' } };
    const { changes, attribution } = compare(before, after);
    expect(changes).toEqual([expect.objectContaining({ id: 'price', kind: 'changed', oldText: '3', newText: '—' })]);
    // The metric reads a series price as absent (1): revenue 30 → 10, none of it reachable by substituting a value.
    expect(attribution.contributions).toEqual([expect.objectContaining({ id: 'price', delta: 0 })]);
    expect(attribution.residual).toBe(-20);
  });

  it('reads the revision series in the first year of the horizon too', () => {
    const doc = loadVintage(resolve('data/vintages/2026-11')).assumptions;
    const first = report.revision.series(report.run(report.toInputs(doc)))[0]!;
    expect(first).toBeGreaterThan(0);
    expect(revenueIn(2024, report)(doc)).toBe(first);
    expect(() => revenueIn(2023, report)(doc)).toThrow(/year 2023 is outside the horizon 2024–2030/);
  });
});

describe('report/revision headline sentence: the edges', () => {
  it('only counts the changes when there is no year to attribute', () => {
    const { comparison } = compare(
      { years, volume: node('Volume', 10), price: node('Price', 3) },
      { years, volume: node('Volume', 20), price: node('Price', 4) },
    );
    const noYear = { ...comparison, targetYear: undefined, attribution: undefined } as VintageComparison;
    expect(summarizeRevision(noYear)).toBe('Two assumptions changed between the May 2026 and November 2026 forecasts.');
    // Either one missing is enough: an attribution without its year, or a year without an attribution.
    expect(summarizeRevision({ ...comparison, targetYear: undefined } as VintageComparison)).toBe(summarizeRevision(noYear));
    expect(summarizeRevision({ ...comparison, attribution: undefined } as VintageComparison)).toBe(summarizeRevision(noYear));
  });

  it('calls the residual the story when it equals the largest step, and names the step when the residual is smaller', () => {
    // Volume 10 → 20 with the longer horizon: the step adds 10 (10 → 20), the horizon ×1.5 adds 10 more (20 → 30).
    const tie = compare({ years, volume: node('Volume', 10) }, { years: { start: 2024, end: 2031 }, volume: node('Volume', 20) });
    expect(tie.attribution.contributions[0]!.delta).toBe(10);
    expect(tie.attribution.residual).toBe(10);
    expect(summarizeRevision(tie.comparison)).toMatch(/Most of the change \(\+\$10\) is not explained by any single assumption/);
    // Volume 10 → 100: the step adds 90, the horizon (×1.5) 50; the volume is named.
    const driver = compare({ years, volume: node('Volume', 10) }, { years: { start: 2024, end: 2031 }, volume: node('Volume', 100) });
    expect(driver.attribution.residual).toBe(50);
    const text = summarizeRevision(driver.comparison);
    expect(text).toMatch(/Most of the change comes from the volume \(\+\$90\)\.$/);
    expect(text).not.toMatch(/not explained/);
    // A second step smaller than the residual is not named: volume 10 → 100 (+270), price 3 → 3.03 (+3), horizon +151.5.
    const small = compare(
      { years, volume: node('Volume', 10), price: node('Price', 3) },
      { years: { start: 2024, end: 2031 }, volume: node('Volume', 100), price: node('Price', 3.03) },
    );
    expect(small.attribution.contributions.map((c) => Math.round(c.delta))).toEqual([270, 3]);
    expect(small.attribution.residual).toBeCloseTo(151.5, 9);
    expect(summarizeRevision(small.comparison)).toMatch(/Most of the change comes from the volume \(\+\$270\)\.$/);
  });

  it('says the value is unchanged, with no cause, when the steps and the residual cancel', () => {
    // Volume 9 → 6 with the longer horizon: 9 → 6 (−3), then ×1.5 → 9 (+3): no net change.
    const { comparison, attribution } = compare({ years, volume: node('Volume', 9) }, { years: { start: 2024, end: 2031 }, volume: node('Volume', 6) });
    expect(attribution.total).toBe(0);
    const text = summarizeRevision(comparison);
    expect(text).toMatch(/leaves 2030 CPO revenue excluding ELS at \$9, as in the May 2026 forecast\. One assumption changed\.$/);
    expect(text).not.toMatch(/Most of the change/);
  });

  it('names two drivers with the change and one against it, keeping a label that starts with an acronym', () => {
    const { comparison } = compare(
      { years, volume: node('Volume', 10), price: node('CPO Price', 3), legacy: node('Legacy', 1) },
      { years, volume: node('Volume', 20), price: node('CPO Price', 4) },
    );
    // 10 × 3 = 30 → 20 × 3 = 60 (+30) → 20 × 4 = 80 (+20); the removed legacy assumption moves nothing.
    expect(summarizeRevision(comparison)).toMatch(/Most of the change comes from the volume \(\+\$30\) and the CPO Price \(\+\$20\)\.$/);
    const against = compare({ years, volume: node('Volume', 10), price: node('Price', 3) }, { years, volume: node('Volume', 20), price: node('Price', 2) });
    // 30 → 60 (+30) → 40 (−20).
    expect(summarizeRevision(against.comparison)).toMatch(/comes from the volume \(\+\$30\); the price worked the other way \(−\$20\)\.$/);
  });
});
