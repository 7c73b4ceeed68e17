import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface Fixture {
  root: string;
  dataDir: string;
  contentDir: string;
  /** Where fixture builds write; pre-filled with a sentinel so tests can prove a failed build left it alone. */
  outDir: string;
  editJson(file: string, edit: (doc: any) => void): void;
  writeFile(relativePath: string, text: string | Uint8Array): void;
}

/** A private copy of the real data and content that a test may break without touching the project. */
export function makeFixture(): Fixture {
  const root = mkdtempSync(join(tmpdir(), 'report-fixture-'));
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
      writeFileSync(join(root, relativePath), text);
    },
  };
}

export interface BuildRun {
  status: number | null;
  output: string;
}

const buildArgs = (f: Fixture) => [resolve('node_modules/tsx/dist/cli.mjs'), resolve('scripts/build.ts'), '--out', f.outDir];
const buildEnv = (f: Fixture) => ({
  ...process.env,
  REPORT_DATA_DIR: f.dataDir,
  REPORT_CONTENT_DIR: f.contentDir,
  // Parallel fixture builds must not share Astro's content-layer cache.
  REPORT_CACHE_DIR: join(f.root, '.astro-cache'),
  ASTRO_TELEMETRY_DISABLED: '1',
  REPORT_COMMIT: 'fixture',
});

/** Runs the real build script against a fixture; returns its exit status and combined output. */
export function buildFixture(f: Fixture): BuildRun {
  const r = spawnSync(process.execPath, buildArgs(f), { cwd: resolve('.'), encoding: 'utf8', env: buildEnv(f) });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

/**
 * Same as buildFixture without blocking the test worker: a synchronous build of 30 s or more starves
 * vitest's worker RPC ("Timeout calling onTaskUpdate") on a busy machine.
 */
export function buildFixtureAsync(f: Fixture): Promise<BuildRun> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, buildArgs(f), { cwd: resolve('.'), env: buildEnv(f) });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (status) => done({ status, output }));
  });
}

export const previousBuildUntouched = (f: Fixture) => readFileSync(join(f.outDir, 'index.html'), 'utf8') === 'previous build';
