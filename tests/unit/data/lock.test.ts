import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../packages/engine/src/data/errors';
import { contentHash, loadCheckedVintages, nextVintageId, updateLock } from '../../../packages/engine/src/data/lock';
import { listVintageIds } from '../../../packages/engine/src/data/load';
import { makeFixture, type Fixture } from '../../helpers/fixture';
import { latestPublishedId } from '../../helpers/vintages';

/** What the advice names: the month after the project's newest vintage (nextVintageId is tested on its own below). */
const NEXT = nextVintageId(listVintageIds(resolve('data/vintages')));

const problemsOf = (f: Fixture): string[] => {
  try {
    loadCheckedVintages(f.dataDir, f.root);
  } catch (e) {
    if (e instanceof DataError) return e.problems.map((p) => `${p.file}: ${p.message}`);
    throw e;
  }
  return [];
};

/** Adds a copy of the newest published vintage as vintage `id` with the given status. */
function addVintage(f: Fixture, id: string, status: 'draft' | 'published') {
  cpSync(join(f.dataDir, 'vintages', latestPublishedId()), join(f.dataDir, 'vintages', id), { recursive: true });
  f.editJson(`data/vintages/${id}/vintage.json`, (d) => Object.assign(d, { id, status }));
}

const runCli = (command: string, f: Fixture, args: string[] = []) =>
  spawnSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), resolve('packages/engine/src/cli/index.ts'), command, ...args], {
    encoding: 'utf8',
    env: { ...process.env, REPORT_DATA_DIR: f.dataDir },
  });

describe('data/lock: published vintages are immutable', () => {
  it('the project data matches its lock', () => {
    expect(problemsOf(makeFixture())).toEqual([]);
  });

  it('an edited published vintage fails, naming the file and telling the author to create a new vintage', () => {
    const f = makeFixture();
    f.editJson('data/vintages/2026-05/assumptions.json', (d) => (d.pricing.learningRate.value = 0.2));
    const problems = problemsOf(f);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^data\/vintages\/2026-05\/assumptions\.json: vintage 2026-05 is published and locked/);
    expect(problems[0]).toContain(`make the change in a new vintage instead: npm run new-vintage -- ${NEXT}`);
  });

  it('`npm run validate` exits with the same message', () => {
    const f = makeFixture();
    f.editJson('data/vintages/2026-11/vintage.json', (d) => (d.summary = 'Quietly rewritten.'));
    const run = runCli('validate', f);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('data/vintages/2026-11/vintage.json: vintage 2026-11 is published and locked');
    expect(run.stderr).toContain(`npm run new-vintage -- ${NEXT}`);
  });

  it('the lock message comes first even when the edit also breaks the schema', () => {
    const f = makeFixture();
    f.editJson('data/vintages/2026-11/assumptions.json', (d) => (d.segments.scaleUp.adoption.cap.value = 'a lot'));
    const problems = problemsOf(f);
    expect(problems[0]).toContain('is published and locked');
    expect(problems.some((p) => p.includes('expected a fraction') || p.includes('expected a finite number'))).toBe(true);
  });

  it('adding or deleting a file of a locked vintage fails too, as does deleting the vintage', () => {
    const f = makeFixture();
    f.writeFile('data/vintages/2026-05/notes.json', '{}\n');
    expect(problemsOf(f).join('\n')).toMatch(/2026-05\/notes\.json: .*added to it after locking/);
    rmSync(join(f.dataDir, 'vintages/2026-05'), { recursive: true });
    expect(problemsOf(f).join('\n')).toMatch(/data\/vintages\/2026-05: vintage 2026-05 is published and recorded in the lock file, but its folder is missing/);
  });

  it('line-ending conversion by a checkout is not an edit', () => {
    const f = makeFixture();
    const path = join(f.dataDir, 'vintages/2026-05/sources.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/\n/g, '\r\n'));
    expect(problemsOf(f)).toEqual([]);
    expect(contentHash(Buffer.from('a\r\nb'))).toBe(contentHash(Buffer.from('a\nb')));
    expect(contentHash(Buffer.from('a\nb'))).not.toBe(contentHash(Buffer.from('a\nc')));
  });

  it('drafts change freely and are never locked', () => {
    const f = makeFixture();
    addVintage(f, '2027-01', 'draft');
    f.editJson('data/vintages/2027-01/assumptions.json', (d) => (d.pricing.learningRate.value = 0.2));
    expect(problemsOf(f)).toEqual([]);
    const update = updateLock(f.dataDir, [], f.root);
    expect(update.added).toEqual([]);
    expect(JSON.parse(update.text).vintages['2027-01']).toBeUndefined();
  });

  it('a newly published vintage must be locked deliberately with `npm run lock`', () => {
    const f = makeFixture();
    addVintage(f, '2027-01', 'published');
    expect(problemsOf(f)).toEqual([
      'data/vintages.lock.json: vintage 2027-01 is published but not locked yet; run `npm run lock` to record its content hashes (locking is a deliberate step: once locked, the vintage can no longer change)',
    ]);
    const run = runCli('lock', f);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('+ locked 2027-01');
    expect(problemsOf(f)).toEqual([]);
    // Once locked, it is immutable like the others.
    f.editJson('data/vintages/2027-01/assumptions.json', (d) => (d.pricing.learningRate.value = 0.2));
    expect(problemsOf(f).join('\n')).toContain('vintage 2027-01 is published and locked');
  });

  it('npm run lock refuses to re-record a changed vintage unless it is named with --relock', () => {
    const f = makeFixture();
    f.editJson('data/vintages/2026-11/assumptions.json', (d) => (d.pricing.learningRate.value = 0.1));
    const refused = runCli('lock', f);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('vintage 2026-11 is published and locked');
    const relocked = runCli('lock', f, ['--relock', '2026-11']);
    expect(relocked.status).toBe(0);
    expect(relocked.stdout).toContain('relocked 2026-11');
    expect(problemsOf(f)).toEqual([]);
  });

  it('writes the same lock bytes for the same data', () => {
    const f = makeFixture();
    const before = readFileSync(join(f.dataDir, 'vintages.lock.json'), 'utf8');
    expect(updateLock(f.dataDir, [], f.root).text).toBe(before);
  });

  it('a missing or malformed lock file is reported on the lock file', () => {
    const f = makeFixture();
    rmSync(join(f.dataDir, 'vintages.lock.json'));
    expect(problemsOf(f)).toEqual([
      'data/vintages.lock.json: the lock file is missing; run `npm run lock` to record the content hashes of the published vintages',
    ]);
    f.writeFile('data/vintages.lock.json', '{"vintages": {"2026-05": {"vintage.json": "md5:abc"}}}');
    expect(problemsOf(f).join('\n')).toMatch(/^data\/vintages\.lock\.json: .*expected \{"vintages"/);
  });

  it('suggests the month after the newest vintage as the next id', () => {
    expect(nextVintageId(['2026-05', '2026-11'])).toBe('2026-12');
    expect(nextVintageId(['2026-12'])).toBe('2027-01');
  });
});
