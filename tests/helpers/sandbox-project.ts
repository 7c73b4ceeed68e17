import { spawn } from 'node:child_process';
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

/** What a sandbox copy leaves out: installed packages (linked instead), build output, caches and git. */
const SKIP = new Set(['node_modules', 'dist', 'dist-drafts', '.build', '.astro', '.git', 'test-results', 'playwright-report']);

/**
 * The sandbox's node_modules: a link to each installed package of the project, except workspace packages (links
 * into the project itself, such as the engine), which point at the sandbox's own copy, so a change made in the
 * sandbox is the code that runs. Scoped folders and .bin are rebuilt the same way.
 */
function linkNodeModules(project: string, sandbox: string, sub = 'node_modules'): void {
  const from = join(project, sub);
  const to = join(sandbox, sub);
  mkdirSync(to, { recursive: true });
  const projectSource = (real: string) => real.startsWith(project + '/') && !relative(project, real).startsWith('node_modules');
  for (const name of readdirSync(from)) {
    const entry = join(from, name);
    const real = realpathSync(entry);
    if ((name.startsWith('@') || name === '.bin') && lstatSync(entry).isDirectory()) linkNodeModules(project, sandbox, join(sub, name));
    else if (lstatSync(entry).isSymbolicLink() && projectSource(real)) symlinkSync(join(sandbox, relative(project, real)), join(to, name));
    else symlinkSync(entry, join(to, name));
  }
}

export interface SandboxProject {
  root: string;
  /** Runs a command in the sandbox; resolves with its exit status and combined output. Never blocks the event loop. */
  run(command: string, args: string[], env?: Record<string, string>): Promise<{ status: number | null; output: string }>;
  readJson(path: string): any;
  editJson(path: string, edit: (doc: any) => void): void;
  read(path: string): string;
  remove(): void;
}

/**
 * A private copy of the whole project (sources, data, content, tests, scripts) in a temporary folder, sharing
 * this checkout's node_modules through a symlink, so a test can run the author's commands exactly as an author
 * would, without touching the project.
 */
export function makeSandboxProject(): SandboxProject {
  const root = mkdtempSync(join(tmpdir(), 'report-sandbox-'));
  cpSync(resolve('.'), root, { recursive: true, filter: (src) => !SKIP.has(src.slice(resolve('.').length + 1).split('/')[0]!) });
  linkNodeModules(resolve('.'), root);
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('REPORT_') && !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'FORCE_COLOR'),
  );
  return {
    root,
    run(command, args, extra = {}) {
      return new Promise((done, failed) => {
        const child = spawn(command, args, { cwd: root, env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra } });
        let output = '';
        child.stdout.on('data', (d) => (output += d));
        child.stderr.on('data', (d) => (output += d));
        child.on('error', failed);
        child.on('close', (status) => done({ status, output }));
      });
    },
    read: (path) => readFileSync(join(root, path), 'utf8'),
    readJson: (path) => JSON.parse(readFileSync(join(root, path), 'utf8')),
    editJson(path, edit) {
      const doc = JSON.parse(readFileSync(join(root, path), 'utf8'));
      edit(doc);
      writeFileSync(join(root, path), JSON.stringify(doc, null, 2) + '\n');
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
