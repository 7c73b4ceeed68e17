import { execFileSync } from 'node:child_process';

/** Short commit id of HEAD, with "-dirty" when the tree has uncommitted changes; "uncommitted" outside git. */
export function commitId(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    return dirty ? `${head}-dirty` : head;
  } catch {
    return 'uncommitted';
  }
}
