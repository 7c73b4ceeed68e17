import { describe, expect, it } from 'vitest';
import { listAssumptions } from '../../../packages/engine/src/data/assumptions';
import { loadAllVintages, loadVintage } from '../../../packages/engine/src/data/load';
import { buildFacts } from '../../../src/facts';
import { runModel } from '../../../src/model/project';
import { selectSiteVintages } from '../../../packages/engine/src/report/context';
import { compareVintages, diffAssumptions, summarizeRevision, vintageName } from '../../../packages/engine/src/report/revisions';

const may = loadVintage('data/vintages/2026-05');
const nov = loadVintage('data/vintages/2026-11');
const facts = (v: typeof may) => buildFacts(runModel(v.inputs));

describe('report/revisions', () => {
  it('lists exactly the assumptions whose value differs, with the new provenance', () => {
    const changes = diffAssumptions(may, nov);
    const differing = listAssumptions(nov.assumptions).filter((a) => {
      const old = listAssumptions(may.assumptions).find((b) => b.id === a.id)!;
      return JSON.stringify('values' in a.node ? a.node.values : a.node.value) !== JSON.stringify('values' in old.node ? old.node.values : old.node.value);
    });
    expect(changes.map((c) => c.id)).toEqual(differing.map((a) => a.id));
    expect(changes.length).toBeGreaterThan(0);
    for (const c of changes) {
      const node = listAssumptions(nov.assumptions).find((a) => a.id === c.id)!.node;
      expect(c.rationale).toBe(node.rationale);
      expect(c.sourceId).toBe(node.source);
      expect(c.oldText).not.toBe(c.newText);
    }
  });

  it('shows only the changed years of a series', () => {
    const edited = structuredClone(nov);
    edited.assumptions.acceleratorShipments.values['2029'] = 15_000_000;
    const [change] = diffAssumptions(nov, edited);
    expect(change).toMatchObject({ id: 'acceleratorShipments', oldText: '2029: 14M', newText: '2029: 15M' });
  });

  it('reports added and removed sources and headline changes with their direction', () => {
    const c = compareVintages(may, nov, facts(may), facts(nov));
    expect(c.sourcesAdded.map((s) => s.id)).toEqual(nov.sources.filter((s) => !may.sources.some((m) => m.id === s.id)).map((s) => s.id));
    const revenue = c.facts.find((f) => f.name === 'revenue.2030.total')!;
    expect(revenue.old.value).toBe(c.attribution!.start);
    expect(revenue.new.value).toBe(c.attribution!.end);
    expect(revenue.changeText.startsWith(c.attribution!.total > 0 ? '+' : '−')).toBe(true);
  });

  it('summarises the revision with the target-year move and the largest contributors', () => {
    const c = compareVintages(may, nov, facts(may), facts(nov));
    const text = summarizeRevision(c);
    const revenue = c.facts.find((f) => f.name === 'revenue.2030.total')!;
    expect(text).toContain(`2030 CPO revenue excluding ELS at ${revenue.newText}`);
    expect(text).toContain(`from ${revenue.oldText} in the May 2026 forecast`);
    // The largest step that moved revenue the same way as the total is named (with no residual, one must exist).
    expect(c.attribution!.residual).toBe(0);
    const sameWay = c.attribution!.contributions.filter((x) => Math.sign(x.delta) === Math.sign(c.attribution!.total));
    expect(sameWay.length).toBeGreaterThan(0);
    const largest = [...sameWay].sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))[0]!;
    expect(text.toLowerCase()).toContain(largest.label.toLowerCase());
  });

  it('names vintages by month, or by day when they have one', () => {
    expect(vintageName('2026-05')).toBe('May 2026');
    expect(vintageName('2026-11')).toBe('November 2026');
    expect(vintageName('2026-11-30')).toBe('30 November 2026');
    expect(vintageName('draft')).toBe('draft');
  });
});

describe('report/context: which vintages a build publishes', () => {
  const v = (id: string, status: 'draft' | 'published') => ({ id, meta: { status } });
  const all = [v('2026-05', 'published'), v('2026-11', 'published'), v('2027-01', 'draft')];

  it('leaves drafts out unless asked', () => {
    expect(selectSiteVintages(all, false).map((x) => x.id)).toEqual(['2026-05', '2026-11']);
    expect(selectSiteVintages(all, true).map((x) => x.id)).toEqual(['2026-05', '2026-11', '2027-01']);
  });
});

describe('data/vintages: each vintage is honest about its date', () => {
  it('no vintage cites a source dated after its publication', () => {
    for (const vintage of loadAllVintages('data/vintages')) {
      for (const s of vintage.sources)
        expect(`${vintage.id}: ${s.id} ${s.date}`).toBe(
          `${vintage.id}: ${s.id} ${s.date <= vintage.meta.published ? s.date : 'AFTER ' + vintage.meta.published}`,
        );
    }
  });

  it('the reconstructed May 2026 vintage cites nothing that cannot be dated before its publication', () => {
    // A bare year in the publication year ("2026") could be after 15 May, so it does not qualify.
    const undatable = may.sources.filter((s) => (s.date.length === 4 ? s.date >= may.meta.published.slice(0, 4) : s.date > may.meta.published));
    expect(undatable.map((s) => `${s.id} (${s.date})`)).toEqual([]);
    const cited = new Set([...listAssumptions(may.assumptions).map((a) => a.node.source), ...may.timeline.map((e) => e.source)]);
    const citedIds = [...cited].filter((id): id is string => id !== undefined);
    expect(citedIds.length).toBeGreaterThan(0);
    for (const id of citedIds) expect(may.sources.map((s) => s.id)).toContain(id);
  });

  it('the earlier vintage differs from the later one for stated reasons', () => {
    for (const change of diffAssumptions(may, nov)) {
      const old = listAssumptions(may.assumptions).find((a) => a.id === change.id)!.node;
      expect(old.source !== undefined || old.rationale !== undefined).toBe(true);
    }
    expect(may.meta.summary).toMatch(/reconstructed from figures that were public by/);
  });
});
