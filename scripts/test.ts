/**
 * npm test: builds the report, then runs the unit and build tests (vitest) and the browser tests
 * (Playwright in Chromium), and closes with one line of totals: "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const REPORTS = resolve('.build/test-reports');
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

function run(label: string, args: string[], env: Record<string, string> = {}): number {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  return r.status ?? 1;
}

const readJson = (file: string): any => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
};

let passed = 0;
let failed = 0;

const buildStatus = run('build', ['node_modules/tsx/dist/cli.mjs', 'scripts/build.ts']);
if (buildStatus !== 0) failed++;

const vitestFile = resolve(REPORTS, 'vitest.json');
const vitestStatus = run('vitest', ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestFile}`]);
const vitest = readJson(vitestFile);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests + (vitestStatus !== 0 && vitest.numFailedTests === 0 ? 1 : 0);
} else failed++;

if (buildStatus === 0) {
  const pwFile = resolve(REPORTS, 'playwright.json');
  const pwStatus = run('playwright', ['node_modules/@playwright/test/cli.js', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwFile });
  const pw = readJson(pwFile);
  if (pw?.stats) {
    passed += pw.stats.expected;
    failed += pw.stats.unexpected + pw.stats.flaky + (pwStatus !== 0 && pw.stats.unexpected === 0 ? 1 : 0);
  } else failed++;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
