import { execFileSync } from 'node:child_process';

const git = (cwd: string, args: string[]): boolean => {
  try {
    execFileSync('git', args, { cwd, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/**
 * Whether a vintage folder is in the last commit: true, false, or undefined when git cannot tell (no checkout,
 * or a folder git ignores, such as a test's copy). A vintage published and locked but never committed has not
 * been seen by any reader: it can still be fixed and published again, and `git checkout` could not restore it.
 */
export function vintageCommitted(vintageDir: string): boolean | undefined {
  if (!git(vintageDir, ['rev-parse', '--is-inside-work-tree']) || git(vintageDir, ['check-ignore', '-q', '.'])) return undefined;
  return git(vintageDir, ['cat-file', '-e', 'HEAD:./vintage.json']);
}
