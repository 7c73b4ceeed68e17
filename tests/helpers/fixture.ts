import { spawnSync } from 'node:child_process';
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

/** Runs the real build script against a fixture; returns its exit status and combined output. */
export function buildFixture(f: Fixture): BuildRun {
  const r = spawnSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), resolve('scripts/build.ts'), '--out', f.outDir], {
    cwd: resolve('.'),
    encoding: 'utf8',
    env: { ...process.env, REPORT_DATA_DIR: f.dataDir, REPORT_CONTENT_DIR: f.contentDir, ASTRO_TELEMETRY_DISABLED: '1', REPORT_COMMIT: 'fixture' },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

export const previousBuildUntouched = (f: Fixture) => readFileSync(join(f.outDir, 'index.html'), 'utf8') === 'previous build';
