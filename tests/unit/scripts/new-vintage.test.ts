import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCheckedVintages, nextVintageId } from '../../../packages/engine/src/data/lock';
import { listVintageIds, loadVintage } from '../../../packages/engine/src/data/load';
import { makeFixture, type Fixture } from '../../helpers/fixture';
import { LATEST, OLDEST } from '../../helpers/vintages';

/** Ids after every existing vintage, whatever the newest is. */
const ALL = listVintageIds(resolve('data/vintages'));
const NEW = nextVintageId(ALL);
const NEWER = nextVintageId([NEW]);

const newVintage = (f: Fixture, args: string[]) =>
  spawnSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), resolve('packages/engine/src/cli/index.ts'), 'new-vintage', ...args], {
    encoding: 'utf8',
    env: { ...process.env, REPORT_DATA_DIR: f.dataDir },
  });

describe('scripts/new-vintage', () => {
  it('scaffolds a valid draft copy of the latest published vintage, dated as asked', () => {
    const f = makeFixture();
    const run = newVintage(f, [NEW, '--date', `${NEW}-10`]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`as a draft copy of ${LATEST}`);
    const dir = join(f.dataDir, `vintages/${NEW}`);
    const v = loadVintage(dir, f.root);
    expect(v.meta).toMatchObject({ id: NEW, status: 'draft', published: `${NEW}-10`, title: loadVintage(join(f.dataDir, `vintages/${LATEST}`)).meta.title });
    expect(v.meta.summary).toContain(LATEST);
    // The author edits only what changed: the data files are byte-for-byte copies.
    for (const file of ['assumptions.json', 'sources.json']) {
      expect(readFileSync(join(dir, file))).toEqual(readFileSync(join(f.dataDir, 'vintages', LATEST, file)));
    }
    // A draft needs no lock entry: the whole data set still validates.
    const { vintages } = loadCheckedVintages(f.dataDir, f.root);
    expect(vintages.map((x) => x.id)).toEqual([...ALL, NEW]);
  });

  it('defaults the date to today and can copy another vintage', () => {
    const f = makeFixture();
    expect(newVintage(f, [NEWER, '--from', OLDEST]).status).toBe(0);
    const v = loadVintage(join(f.dataDir, `vintages/${NEWER}`), f.root);
    expect(v.meta.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(readFileSync(join(f.dataDir, `vintages/${NEWER}/assumptions.json`))).toEqual(readFileSync(join(f.dataDir, `vintages/${OLDEST}/assumptions.json`)));
  });

  it('refuses an id that exists, is older than the newest vintage, or is malformed', () => {
    const f = makeFixture();
    expect(newVintage(f, [LATEST]).stderr).toContain('already exists');
    // Between the first and the newest vintage: 2026-08 (2026-05 and 2026-11 stay published for good).
    const older = newVintage(f, ['2026-08']);
    expect(older.status).toBe(1);
    expect(older.stderr).toContain(`expected an id after the newest vintage ${ALL[ALL.length - 1]}, got "2026-08"`);
    expect(newVintage(f, ['2027-13']).stderr).toContain('expected a vintage id as YYYY-MM, got "2027-13"');
    expect(existsSync(join(f.dataDir, 'vintages/2026-08'))).toBe(false);
  });
});
