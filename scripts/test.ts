/**
 * npm test: lints and checks formatting, builds the report, then runs the unit and build tests (vitest: model, data, corpus of bad inputs,
 * reproducibility, output validation), the browser tests (Playwright in Chromium: reading, accessibility, CSP), then
 * builds and tests every example report under examples/ the same way, runs every bench stage once on its smallest
 * inputs (`npm run bench -- --smoke`: it must finish; its times are printed, never judged) and the dependency audit,
 * and closes with one line of totals across all suites: "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { classifyAudit } from '../packages/engine/src/cli/lib/audit';
import { removeStaleFixtures } from '../tests/helpers/fixture';

const started = Date.now();
// This run's own folder for the suites' JSON reports: another run in the same checkout keeps its own.
mkdirSync(resolve('.build'), { recursive: true });
const REPORTS = mkdtempSync(resolve('.build/test-reports-'));
// Fixture copies that earlier, interrupted runs left behind; those of a run still going on are kept.
removeStaleFixtures();

/** Seconds each step took, so the closing summary shows where CI's time goes. */
const timings: { label: string; seconds: number }[] = [];

function run(label: string, args: string[], env: Record<string, string> = {}): number {
  console.log(`\n▶ ${label}`);
  const t0 = Date.now();
  const r = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  timings.push({ label, seconds: (Date.now() - t0) / 1000 });
  return r.status ?? 1;
}

const readJson = <T>(file: string): T | undefined => {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
};

const suites: { name: string; passed: number; failed: number; note?: string }[] = [];
const notChecked: string[] = [];

/** A step that is one check (lint, a build, the bench smoke run): it counts as one passed or one failed test. */
function oneStep(name: string, status: number): number {
  suites.push({ name, passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1 });
  return status;
}

// Style is part of the suite: a lint error or an unformatted file fails `npm test`, as it would a review.
oneStep('lint', run('lint (ESLint)', ['node_modules/eslint/bin/eslint.js', '.']));
oneStep('format', run('format (Prettier --check)', ['node_modules/prettier/bin/prettier.cjs', '--check', '--log-level', 'warn', '.']));

const buildStatus = oneStep('build', run('build', ['node_modules/tsx/dist/cli.mjs', 'packages/engine/src/cli/index.ts', 'build']));

/**
 * Unit tests run in parallel. Build tests run one file at a time: each starts Astro, which already uses both
 * cores, and concurrent Astro builds in one project share its .astro/ folder (content module paths).
 */
function vitestSuite(name: string, label: string, args: string[]): void {
  const file = resolve(REPORTS, `vitest-${name.replace(/[^a-z0-9-]+/gi, '-')}.json`);
  const status = run(label, ['node_modules/vitest/vitest.mjs', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  const report = readJson<{ numPassedTests: number; numFailedTests: number }>(file);
  suites.push(
    report
      ? { name, passed: report.numPassedTests, failed: report.numFailedTests + (status !== 0 && report.numFailedTests === 0 ? 1 : 0) }
      : { name, passed: 0, failed: 1, note: 'no report' },
  );
}
vitestSuite('unit', 'vitest: unit (model, data, charts, plugins, scripts)', ['tests/unit']);
vitestSuite('build-tests', 'vitest: build (bad-input corpus, reproducibility, output validation)', ['tests/build', '--no-file-parallelism']);

function playwrightSuite(name: string, label: string, args: string[]): void {
  const pwFile = resolve(REPORTS, `playwright-${name.replace(/[^a-z0-9-]+/gi, '-')}.json`);
  const pwStatus = run(label, ['node_modules/@playwright/test/cli.js', 'test', ...args], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwFile });
  const pw = readJson<{ stats?: { expected: number; unexpected: number; flaky: number } }>(pwFile);
  suites.push(
    pw?.stats
      ? { name, passed: pw.stats.expected, failed: pw.stats.unexpected + pw.stats.flaky + (pwStatus !== 0 && pw.stats.unexpected === 0 ? 1 : 0) }
      : { name, passed: 0, failed: 1, note: 'no report' },
  );
}

if (buildStatus === 0) playwrightSuite('playwright', 'playwright (browser, accessibility, Content-Security-Policy)', []);
else notChecked.push('playwright: not run, because the build failed');

/**
 * Example reports: every folder under examples/ with a src/report.ts is built by the same engine, its site goes
 * through the engine's output checks, and it runs its own tests: vitest with the folder as root (its model, data
 * and built site), then its Playwright suite if it has one.
 */
const EXAMPLES = 'examples';
const examples = existsSync(EXAMPLES)
  ? readdirSync(EXAMPLES)
      .filter((name) => existsSync(join(EXAMPLES, name, 'src', 'report.ts')))
      .sort()
  : [];
for (const name of examples) {
  const root = join(EXAMPLES, name);
  const built = oneStep(`${root}: build`, run(`build ${root}`, ['node_modules/tsx/dist/cli.mjs', 'packages/engine/src/cli/index.ts', 'build', '--root', root]));
  if (built === 0) {
    // The engine's checks of a built site: valid HTML, links, SVG, CSV, Vega-Lite specs and JSON.
    oneStep(
      `${root}: check-output`,
      run(`check-output ${root}`, ['node_modules/tsx/dist/cli.mjs', 'packages/engine/src/cli/index.ts', 'check-output', '--root', root]),
    );
  }
  vitestSuite(`${root}: vitest`, `vitest: ${root} (model, data, built site)`, ['--root', root]);
  const config = join(root, 'playwright.config.ts');
  if (!existsSync(config)) continue;
  if (built === 0) playwrightSuite(`${root}: playwright`, `playwright: ${root}`, ['--config', config]);
  else notChecked.push(`${root}: playwright not run, because its build failed`);
}

// The bench's smoke run: each stage once on tiny inputs, so a stage that breaks fails here, not in the next full run.
oneStep(
  'bench smoke run',
  run('bench, smoke run (every stage once, smallest inputs; figures printed, not judged)', [
    'node_modules/tsx/dist/cli.mjs',
    'scripts/bench/index.ts',
    '--smoke',
  ]),
);

console.log('\n▶ npm audit --omit=dev (high and critical findings fail)');
const audit = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
const auditOutcome = classifyAudit(audit.stdout ?? '');
console.log(`  ${auditOutcome.summary}`);
if (auditOutcome.status === 'unavailable')
  notChecked.push(`npm audit: NOT CHECKED, ${auditOutcome.summary} (run \`npm run audit\` where the registry answers)`);
else suites.push({ name: 'audit', passed: auditOutcome.status === 'passed' ? 1 : 0, failed: auditOutcome.status === 'failed' ? 1 : 0 });

const passed = suites.reduce((n, s) => n + s.passed, 0);
const failed = suites.reduce((n, s) => n + s.failed, 0);
console.log('\nSuites:');
for (const s of suites) console.log(`  ${s.failed ? '✗' : '✓'} ${s.name}: ${s.passed} passed, ${s.failed} failed${s.note ? ` (${s.note})` : ''}`);
for (const line of notChecked) console.log(`  ? ${line}`);
console.log('Time per step:');
for (const t of timings) console.log(`  ${t.seconds.toFixed(0).padStart(5)} s  ${t.label}`);
const ciStart = Number(process.env.CI_STARTED_AT_MS || started);
console.log(
  `Time: ${((Date.now() - started) / 1000).toFixed(0)} s for the tests${ciStart !== started ? `, ${((Date.now() - ciStart) / 1000).toFixed(0)} s since CI started` : ''}.`,
);
rmSync(REPORTS, { recursive: true, force: true });
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
