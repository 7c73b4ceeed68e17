import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Fixture roots live inside the project: Astro writes its server chunks next to outDir when outDir is under the
 * working directory, and into the shared `.astro/` otherwise. Each folder name carries the pid of the test process
 * that made it, so a later run removes only the leftovers of processes that are gone (removeStaleFixtures), never
 * the fixtures of a run still going on in the same checkout.
 */
export const FIXTURES_DIR = resolve('.build/fixtures');

/** Removes fixture folders whose creating process has exited (an interrupted run does not clean up). */
export function removeStaleFixtures(dir = FIXTURES_DIR): string[] {
  if (!existsSync(dir)) return [];
  const removed: string[] = [];
  for (const name of readdirSync(dir)) {
    const pid = Number(/^report-(\d+)-/.exec(name)?.[1]);
    if (pid && processAlive(pid)) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Long enough for a fixture build that first waits for other builds in the checkout (they take turns). */
export const BUILD_TEST_TIMEOUT_MS = 30 * 60_000;

export interface Fixture {
  root: string;
  dataDir: string;
  contentDir: string;
  /** Where fixture builds write; pre-filled with a sentinel so tests can prove a failed build left it alone. */
  outDir: string;
  editJson(file: string, edit: (doc: any) => void): void;
  writeFile(relativePath: string, text: string | Uint8Array): void;
  remove(): void;
}

/** A private copy of the real data and content that a test may break without touching the project. */
export function makeFixture(): Fixture {
  mkdirSync(FIXTURES_DIR, { recursive: true });
  const root = mkdtempSync(join(FIXTURES_DIR, `report-${process.pid}-`));
  const dataDir = join(root, 'data');
  const contentDir = join(root, 'content');
  const outDir = join(root, 'dist');
  cpSync(resolve('data'), dataDir, { recursive: true });
  cpSync(resolve('content'), contentDir, { recursive: true });
  mkdirSync(outDir);
  writeFileSync(join(outDir, 'index.html'), 'previous build');
  return {
    root,
    dataDir,
    contentDir,
    outDir,
    editJson(file, edit) {
      const path = join(root, file);
      const doc = JSON.parse(readFileSync(path, 'utf8'));
      edit(doc);
      writeFileSync(path, JSON.stringify(doc, null, 2) + '\n');
    },
    writeFile(relativePath, text) {
      const path = join(root, relativePath);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export interface BuildRun {
  status: number | null;
  output: string;
  /** The build's stage times and counts (chartsRendered, svgCacheHits …), written by scripts/build.ts --timings. */
  timingsFile: string;
}

export interface BuildOptions {
  /** Output folder; defaults to the fixture's dist. */
  out?: string;
  /** Extra environment, e.g. NODE_OPTIONS for a clock shift or a network block. */
  env?: Record<string, string>;
}

function buildCommand(f: Fixture, options: BuildOptions) {
  const out = options.out ?? f.outDir;
  const timingsFile = join(f.root, `${basename(out)}.timings.json`);
  return {
    timingsFile,
    args: [resolve('node_modules/tsx/dist/cli.mjs'), resolve('packages/engine/src/cli/index.ts'), 'build', '--out', out, '--timings', timingsFile],
    cwd: resolve('.'),
    env: {
      ...process.env,
      REPORT_DATA_DIR: f.dataDir,
      REPORT_CONTENT_DIR: f.contentDir,
      REPORT_CACHE_DIR: join(f.root, '.astro-cache'),
      // Its own chart cache: a fixture build never serves SVGs another build (of other data or code) drew.
      REPORT_CHART_CACHE: join(f.root, '.chart-cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      REPORT_COMMIT: 'fixture',
      // The PDF step is off unless a test turns it on (REPORT_PDF: '1'): most fixture tests do not look at it.
      REPORT_PDF: '0',
      ...options.env,
    },
  };
}

/**
 * Runs the real build script against a fixture; resolves with its exit status and combined output. Use this one
 * in tests: it keeps the worker's event loop free while Astro runs or while it waits for another build.
 * Concurrent builds take turns inside the build script (scripts/lib/astro-lock.ts), so this only waits.
 */
export function buildFixtureAsync(f: Fixture, options: BuildOptions = {}): Promise<BuildRun> {
  const { args, cwd, env, timingsFile } = buildCommand(f, options);
  return new Promise<BuildRun>((done, failed) => {
    const child = spawn(process.execPath, args, { cwd, env });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', failed);
    child.on('close', (status) => done({ status, output, timingsFile }));
  });
}

export const previousBuildUntouched = (f: Fixture) => readFileSync(join(f.outDir, 'index.html'), 'utf8') === 'previous build';
