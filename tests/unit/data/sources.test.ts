import { cpSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../packages/engine/src/data/errors';
import { hashVintageFolder, loadCheckedVintages, readLock, serializeLock, updateLock, writeLock } from '../../../packages/engine/src/data/lock';
import { firstCommitProblems, RECONSTRUCTION_GRACE_DAYS, reconstructionProblems } from '../../../packages/engine/src/data/source-checks';
import { vintageName } from '../../../packages/engine/src/report/revisions';
import { publicationText, reconstructionNote } from '../../../packages/engine/src/report/reconstruction';
import { makeFixture, type Fixture } from '../../helpers/fixture';
import { latestPublishedId } from '../../helpers/vintages';

/**
 * Sources that carry their numbers (vintage format 2) and an honest archive: every problem is checked through
 * loadCheckedVintages, the function the build and `npm run validate` run, on a private copy of the real data.
 */
const latest = latestPublishedId();
const file = (name: string) => `data/vintages/${latest}/${name}`;

function problemsOf(f: Fixture, options: Parameters<typeof loadCheckedVintages>[2] = { chaptersDir: join(f.contentDir, 'chapters') }): string[] {
  try {
    loadCheckedVintages(f.dataDir, f.root, options);
  } catch (e) {
    if (e instanceof DataError) return e.problems.map((p) => `${p.file}#${p.pointer ?? ''}: ${p.message}`);
    throw e;
  }
  return [];
}

/** The latest vintage's sources, and the ids its assumptions cite for a value. */
function sourcesOf(f: Fixture) {
  const sources = JSON.parse(readFileSync(join(f.root, file('sources.json')), 'utf8')).sources as { id: string; kind: string; quote?: string }[];
  const assumptions = readFileSync(join(f.root, file('assumptions.json')), 'utf8');
  const citedForValue = [...assumptions.matchAll(/"source": "([^"]+)"/g)].map((m) => m[1]!);
  return { sources, citedForValue };
}

/** Edits the latest vintage and re-records its hashes (without validating), so only the rule under test can fail. */
function editLatest(f: Fixture, name: string, edit: (doc: any) => void) {
  f.editJson(file(name), edit);
  const lock = readLock(join(f.dataDir, 'vintages.lock.json'), f.root)!;
  writeLock(f.dataDir, serializeLock({ ...lock.vintages, [latest]: hashVintageFolder(join(f.dataDir, 'vintages', latest)) }));
}

describe('data/sources: a source cited for a value carries its quote', () => {
  it('the project data passes every source rule, chapters included', () => {
    const f = makeFixture();
    expect(problemsOf(f)).toEqual([]);
    const { sources, citedForValue } = sourcesOf(f);
    expect(citedForValue.length).toBeGreaterThan(5);
    for (const id of citedForValue) expect(sources.find((s) => s.id === id)?.quote, id).toBeTruthy();
  });

  it('a source cited by an assumption without a quote fails, naming the source and the assumption', () => {
    const f = makeFixture();
    const { sources, citedForValue } = sourcesOf(f);
    const index = sources.findIndex((s) => s.id === citedForValue[0]);
    expect(index).toBeGreaterThanOrEqual(0);
    editLatest(f, 'sources.json', (d) => delete d.sources[index].quote);
    const problems = problemsOf(f);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${file('sources.json')}#/sources/${index}/quote: source "${citedForValue[0]}" is cited for a value by "`);
    expect(problems[0]).toContain('has no "quote"');
  });

  it('a source without a kind, or with a kind outside the four, fails', () => {
    const f = makeFixture();
    editLatest(f, 'sources.json', (d) => {
      delete d.sources[0].kind;
      d.sources[1].kind = 'secondary';
    });
    const problems = problemsOf(f).join('\n');
    expect(problems).toContain(`${file('sources.json')}#/sources/0/kind: expected a source kind: "primary", "analyst", "press" or "aggregator", got nothing`);
    expect(problems).toContain(
      `${file('sources.json')}#/sources/1/kind: expected a source kind: "primary", "analyst", "press" or "aggregator", got "secondary"`,
    );
  });

  it('an aggregator cannot be the source of a value', () => {
    const f = makeFixture();
    const { sources, citedForValue } = sourcesOf(f);
    const index = sources.findIndex((s) => s.id === citedForValue[0]);
    editLatest(f, 'sources.json', (d) => (d.sources[index].kind = 'aggregator'));
    expect(problemsOf(f)).toEqual([
      expect.stringContaining(
        `#/sources/${index}/kind: source "${citedForValue[0]}" is an aggregator (a blog, wiki or site repeating others) but is cited for a value`,
      ),
    ]);
  });

  it('a source cited nowhere fails when the chapters are known, and only then', () => {
    const f = makeFixture();
    editLatest(f, 'sources.json', (d) => d.sources.push({ id: 'orphan-2026', publisher: 'Nobody', title: 'Never cited', date: '2026', kind: 'press' }));
    const problems = problemsOf(f);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/#\/sources\/\d+\/id: source "orphan-2026" is listed but cited nowhere/);
    // Without the chapters (as in the Astro loader) "cited nowhere" cannot be judged.
    expect(problemsOf(f, {})).toEqual([]);
  });

  it('a source cited only in a chapter counts as cited', () => {
    const f = makeFixture();
    editLatest(f, 'sources.json', (d) =>
      d.sources.push({ id: 'prose-only-2026', publisher: 'Somebody', title: 'Cited in prose', date: '2026', kind: 'press' }),
    );
    f.writeFile('content/chapters/99-extra.mdx', '---\ntitle: Extra\norder: 99\ndescription: x\n---\n\nSee <Cite id="prose-only-2026" />.\n');
    expect(problemsOf(f)).toEqual([]);
  });

  it('a new vintage must use format 2; only vintages locked before it may keep the old kinds', () => {
    const f = makeFixture();
    // 2026-11 is locked in the old format and passes; an unlocked copy of it does not.
    cpSync(join(f.dataDir, 'vintages/2026-11'), join(f.dataDir, 'vintages/2027-01'), { recursive: true });
    f.editJson('data/vintages/2027-01/vintage.json', (d) => Object.assign(d, { id: '2027-01', status: 'draft', published: '2027-01-10' }));
    expect(problemsOf(f, {})).toEqual([expect.stringContaining('data/vintages/2027-01/vintage.json#/format: vintage 2027-01 uses the old source format')]);
  });
});

describe('data/sources: reconstructed vintages say so', () => {
  const meta = { id: '2026-05', title: 't', published: '2026-05-15', status: 'published' as const, summary: 's' };

  it('a vintage first committed more than a month after its stated date must be marked reconstructed', () => {
    expect(firstCommitProblems('v.json', meta, '2026-11-25')).toEqual([
      expect.objectContaining({
        pointer: '/published',
        message: expect.stringContaining('vintage 2026-05 says it was published 2026-05-15, but its files were first committed on 2026-11-25'),
      }),
    ]);
    const withinGrace = new Date(Date.parse('2026-05-15') + RECONSTRUCTION_GRACE_DAYS * 86_400_000).toISOString().slice(0, 10);
    expect(firstCommitProblems('v.json', meta, withinGrace)).toEqual([]);
    expect(firstCommitProblems('v.json', { ...meta, reconstructed: { made: '2026-11-25', note: 'n' } }, '2026-11-25')).toEqual([]);
    // Outside git (or in a shallow clone) nothing can be said.
    expect(firstCommitProblems('v.json', meta, undefined)).toEqual([]);
  });

  it("the build fails when the project's reconstructed vintage loses its mark", () => {
    const f = makeFixture();
    f.editJson('data/vintages/2026-05/vintage.json', (d) => delete d.reconstructed);
    writeLock(f.dataDir, updateLock(f.dataDir, ['2026-05'], f.root).text);
    // The repository's record of when the folder was first committed, as scripts/lib/git.ts would read it.
    const problems = problemsOf(f, { firstCommitted: (path) => (path.includes('2026-05') ? '2026-11-25' : undefined) });
    expect(problems).toEqual([expect.stringContaining('data/vintages/2026-05/vintage.json#/published: vintage 2026-05 says it was published 2026-05-15')]);
  });

  it('a vintage citing evidence dated after its publication date must be marked, and a mark cannot predate publication', () => {
    const sources = [{ id: 'later', publisher: 'p', title: 't', date: '2026-06-15', kind: 'press' as const }];
    expect(reconstructionProblems('v.json', undefined, meta, sources)).toEqual([
      expect.objectContaining({ message: expect.stringContaining('cites evidence dated later: later (2026-06-15)') }),
    ]);
    // A month-precision date in the publication month is not "later".
    expect(reconstructionProblems('v.json', undefined, meta, [{ ...sources[0]!, date: '2026-05' }])).toEqual([]);
    expect(reconstructionProblems('v.json', undefined, { ...meta, reconstructed: { made: '2026-11-25', note: 'n' } }, sources)).toEqual([]);
    expect(reconstructionProblems('v.json', undefined, { ...meta, reconstructed: { made: '2026-04-01', note: 'n' } }, [])).toEqual([
      expect.objectContaining({ pointer: '/reconstructed/made' }),
    ]);
  });

  it('pages name a reconstruction by the date it was made', () => {
    expect(publicationText({ published: '2026-05-15', reconstructed: { made: '2026-11-25', note: 'From public figures.' } })).toBe(
      'reconstructed on 2026-11-25 as of 2026-05-15',
    );
    expect(publicationText({ published: '2026-11-25' })).toBe('published 2026-11-25');
    expect(reconstructionNote({ published: '2026-05-15', reconstructed: { made: '2026-11-25', note: 'From public figures.' } })).toContain(
      'made on 2026-11-25',
    );
    expect(reconstructionNote({ published: '2026-11-25' })).toBeUndefined();
    expect(vintageName('2026-11-30')).toBe('30 November 2026');
    expect(vintageName('2026-05')).toBe('May 2026');
  });
});

describe('data/sources: the project archive', () => {
  it('the reconstructed 2026-05 vintage carries its mark with the date it was made', () => {
    const meta = JSON.parse(readFileSync(resolve('data/vintages/2026-05/vintage.json'), 'utf8'));
    expect(meta.reconstructed.made > meta.published).toBe(true);
  });
});
