import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCheckedVintages } from '../../../packages/engine/src/data/lock';
import { loadVintage } from '../../../packages/engine/src/data/load';
import { makeFixture, type Fixture } from '../../helpers/fixture';
import { latestPublishedId, publishedVintageIds } from '../../helpers/vintages';

const latest = latestPublishedId();

const newVintage = (f: Fixture, args: string[]) =>
  spawnSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), resolve('packages/engine/src/cli/index.ts'), 'new-vintage', ...args], {
    encoding: 'utf8',
    env: { ...process.env, REPORT_DATA_DIR: f.dataDir },
  });

describe('scripts/new-vintage', () => {
  it('scaffolds a valid draft copy of the latest published vintage, dated as asked', () => {
    const f = makeFixture();
    const run = newVintage(f, ['2027-02', '--date', '2027-02-10']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`as a draft copy of ${latest}.`);
    const dir = join(f.dataDir, 'vintages/2027-02');
    const v = loadVintage(dir, f.root);
    expect(v.meta).toMatchObject({ id: '2027-02', status: 'draft', published: '2027-02-10', title: loadVintage(join(f.dataDir, 'vintages', latest)).meta.title });
    expect(v.meta.summary).toContain(latest);
    // The author edits only what changed: the data files are byte-for-byte copies.
    for (const file of ['assumptions.json', 'sources.json']) {
      expect(readFileSync(join(dir, file))).toEqual(readFileSync(join(f.dataDir, 'vintages', latest, file)));
    }
    // A draft needs no lock entry: the whole data set still validates.
    const { vintages } = loadCheckedVintages(f.dataDir, f.root);
    expect(vintages.map((x) => x.id)).toEqual([...publishedVintageIds(), '2027-02']);
  });

  it('defaults the date to today and can copy another vintage', () => {
    const f = makeFixture();
    expect(newVintage(f, ['2027-03', '--from', '2026-05']).status).toBe(0);
    const v = loadVintage(join(f.dataDir, 'vintages/2027-03'), f.root);
    expect(v.meta.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(readFileSync(join(f.dataDir, 'vintages/2027-03/assumptions.json'))).toEqual(readFileSync(join(f.dataDir, 'vintages/2026-05/assumptions.json')));
    // 2026-05 is a reconstruction; a new vintage made today is not, whatever it copies.
    expect(loadVintage(join(f.dataDir, 'vintages/2026-05'), f.root).meta.reconstructed).toBeDefined();
    expect(v.meta.reconstructed).toBeUndefined();
  });

  it('accepts a day-precision id for a second vintage within a month', () => {
    const f = makeFixture();
    const run = newVintage(f, ['2027-02-15', '--date', '2027-02-15']);
    expect(run.status).toBe(0);
    expect(loadVintage(join(f.dataDir, 'vintages/2027-02-15'), f.root).meta.id).toBe('2027-02-15');
  });

  it('refuses an id that exists, is older than the newest vintage, or is malformed', () => {
    const f = makeFixture();
    expect(newVintage(f, [latest]).stderr).toContain('already exists');
    const older = newVintage(f, ['2026-08']);
    expect(older.status).toBe(1);
    expect(older.stderr).toContain(`expected an id after the newest vintage ${latest}, got "2026-08"`);
    expect(newVintage(f, ['2027-13']).stderr).toContain('expected a vintage id as YYYY-MM or YYYY-MM-DD, got "2027-13"');
    expect(newVintage(f, ['2027-02-30x']).stderr).toContain('expected a vintage id as YYYY-MM or YYYY-MM-DD');
    expect(existsSync(join(f.dataDir, 'vintages/2026-08'))).toBe(false);
  });
});
