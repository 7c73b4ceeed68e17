import { execFileSync } from 'node:child_process';

/** Short commit id of HEAD, with "-dirty" when the tree has uncommitted changes; "uncommitted" outside git. */
export function commitId(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
    return dirty ? `${head}-dirty` : head;
  } catch {
    return 'uncommitted';
  }
}

/**
 * Date (YYYY-MM-DD) of the first commit that added `path`, following renames; undefined outside git, for an
 * untracked file, or in a shallow clone where the history is cut (the date would be the clone's, not the file's).
 */
export function firstCommitDate(path: string): string | undefined {
  try {
    const run = (args: string[]) =>
      execFileSync('git', args, { stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim();
    if (run(['rev-parse', '--is-shallow-repository']) === 'true') return undefined;
    const dates = run(['log', '--follow', '--diff-filter=A', '--format=%cs', '--', path]).split('\n').filter(Boolean);
    return dates.pop();
  } catch {
    return undefined;
  }
}
