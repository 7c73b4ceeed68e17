import { describe, expect, it } from 'vitest';
import { draftSummary } from '../../../packages/engine/src/data/vintage-template';
import type { Vintage } from '../../../packages/engine/src/data/load';
import { dateProblems, provenanceProblems, summaryProblems, uncitedSources } from '../../../packages/engine/src/report/publish-checks';

/** A minimal vintage: one scalar assumption and the sources it may cite. */
function vintage(id: string, cap: { value: number; source?: string; rationale?: string }, sources: string[], summary = 'What changed.'): Vintage {
  const assumptions = { years: { start: 2024, end: 2030 }, adoption: { cap: { label: 'Ceiling', unit: 'fraction', ...cap } } };
  const text = JSON.stringify(assumptions, null, 2);
  return {
    id,
    dir: `/nowhere/${id}`,
    meta: { id, title: 'T', published: `${id}-10`, status: 'draft', summary },
    assumptions,
    sources: sources.map((s) => ({ id: s, publisher: 'P', title: s, date: '2026', kind: 'primary' })),
    timeline: [],
    raw: {
      'assumptions.json': Buffer.from(text),
      'sources.json': Buffer.from(JSON.stringify({ sources: sources.map((s) => ({ id: s })) }, null, 2)),
      'vintage.json': Buffer.from('{}'),
    },
  } as unknown as Vintage;
}
const root = '/nowhere';

describe('report/publish checks', () => {
  it('the summary must not be the draft template', () => {
    expect(summaryProblems(vintage('2027-02', { value: 0.35, rationale: 'r' }, [], draftSummary('2026-11')), root)).toEqual([
      expect.objectContaining({ file: '2027-02/vintage.json', pointer: '/summary', message: expect.stringMatching(/still the draft template/) }),
    ]);
    expect(summaryProblems(vintage('2027-02', { value: 0.35, rationale: 'r' }, []), root)).toEqual([]);
  });

  it('the publication date falls within or after the vintage month and not in the future', () => {
    const v = vintage('2027-02', { value: 0.35, rationale: 'r' }, []);
    expect(dateProblems(v, '2026-11-29', '2027-03-01', root)[0]!.message).toBe(
      "publication date 2026-11-29 is before the vintage's month (2027-02); a forecast cannot be published before the month it is named for",
    );
    expect(dateProblems(v, '2027-03-02', '2027-03-01', root)[0]!.message).toBe('publication date 2027-03-02 is in the future (today is 2027-03-01)');
    expect(dateProblems(v, '2027-02-01', '2027-03-01', root)).toEqual([]);
  });

  it('a changed value must change its source or rationale too', () => {
    const before = vintage('2026-11', { value: 0.35, rationale: 'a long-run ceiling of 35%' }, []);
    const stale = vintage('2027-02', { value: 0.45, rationale: 'a long-run ceiling of 35%' }, []);
    const [p] = provenanceProblems(stale, before, root);
    expect(p).toMatchObject({ file: '2027-02/assumptions.json', pointer: '/adoption/cap/value', line: expect.any(Number) });
    expect(p!.message).toBe(
      '"adoption.cap" changed since 2026-11 (0.35 → 0.45) but kept its source and rationale; cite the evidence for the new value ("source") or say why it changed ("rationale")',
    );
    expect(provenanceProblems(vintage('2027-02', { value: 0.45, rationale: 'new evidence: 45%' }, []), before, root)).toEqual([]);
    expect(provenanceProblems(vintage('2027-02', { value: 0.35, rationale: 'a long-run ceiling of 35%' }, []), before, root)).toEqual([]);
  });

  it('a new source cited nowhere fails; one already uncited before is a warning', () => {
    const before = vintage('2026-11', { value: 0.35, source: 'a' }, ['a', 'old']);
    const after = vintage('2027-02', { value: 0.35, source: 'a' }, ['a', 'old', 'new']);
    const { problems, warnings } = uncitedSources(after, before, '/nowhere/chapters', root);
    expect(problems).toEqual([expect.objectContaining({ pointer: '/sources/2', message: expect.stringMatching(/^source "new" is cited nowhere/) })]);
    expect(warnings).toEqual(['source "old" is cited nowhere (as in 2026-11)']);
  });
});
