import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vintageCommitted } from '../../../packages/engine/src/data/committed';
import { hashVintageFolder, lockedVintageProblems } from '../../../packages/engine/src/data/lock';
import { LATEST } from '../../helpers/vintages';

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, stdio: 'ignore' });

/** A git checkout holding one vintage folder, locked; committed or not. */
function repoWithVintage(commit: boolean) {
  const root = mkdtempSync(join(tmpdir(), 'vintage-git-'));
  git(root, 'init', '-q');
  git(root, 'config', 'user.email', 'test@example.org');
  git(root, 'config', 'user.name', 'Test');
  writeFileSync(join(root, 'README'), 'x');
  git(root, 'add', '.');
  git(root, 'commit', '-qm', 'start');
  const vintages = join(root, 'data/vintages');
  mkdirSync(vintages, { recursive: true });
  cpSync(resolve('data/vintages', LATEST), join(vintages, LATEST), { recursive: true });
  if (commit) {
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'publish');
  }
  return { root, vintages, dir: join(vintages, LATEST), hashes: hashVintageFolder(join(vintages, LATEST)) };
}

describe('data/a locked vintage edited before and after it is committed', () => {
  it('git tells whether a vintage folder is committed, and says nothing outside a checkout', () => {
    expect(vintageCommitted(repoWithVintage(true).dir)).toBe(true);
    expect(vintageCommitted(repoWithVintage(false).dir)).toBe(false);
    const outside = mkdtempSync(join(tmpdir(), 'no-git-'));
    expect(vintageCommitted(outside)).toBeUndefined();
  });

  it('an uncommitted vintage gets advice that works for a new folder: fix it and publish it again', () => {
    const r = repoWithVintage(false);
    writeFileSync(join(r.dir, 'vintage.json'), '{"edited": true}\n');
    const problems = lockedVintageProblems(LATEST, r.hashes, r.vintages, '2099-01', r.root);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain(`not committed yet`);
    expect(problems[0]!.message).toContain(`npm run publish -- ${LATEST}`);
    expect(problems[0]!.message).not.toContain('git checkout');
  });

  it('a committed vintage gets the advice to restore it and make a new vintage', () => {
    const r = repoWithVintage(true);
    writeFileSync(join(r.dir, 'vintage.json'), '{"edited": true}\n');
    const [p] = lockedVintageProblems(LATEST, r.hashes, r.vintages, '2099-01', r.root);
    expect(p!.message).toContain('git checkout -- <this file>');
    expect(p!.message).toContain('npm run new-vintage -- 2099-01');
    expect(p!.message).not.toContain('npm run publish');
  });
});
