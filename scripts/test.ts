/**
 * npm test: builds the report, then runs the unit and build tests (vitest: model, data, corpus of bad inputs,
 * reproducibility, output validation), the browser tests (Playwright in Chromium: reading, accessibility, CSP), then
 * builds and tests every example report under examples/ the same way, runs the dependency audit, and closes with one
 * line of totals across all suites: "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { classifyAudit } from '../packages/engine/src/cli/lib/audit';

const started = Date.now();
const REPORTS = resolve('.build/test-reports');
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });
// Fixture copies that earlier runs' build tests left behind (an interrupted run does not clean up).
rmSync(resolve('.build/fixtures'), { recursive: true, force: true });

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

const suites: { name: string; passed: number; failed: number; note?: string }[] = [];
const notChecked: string[] = [];

const buildStatus = run('build', ['node_modules/tsx/dist/cli.mjs', 'packages/engine/src/cli/index.ts', 'build']);
suites.push({ name: 'build', passed: buildStatus === 0 ? 1 : 0, failed: buildStatus === 0 ? 0 : 1 });

/**
 * Unit tests run in parallel. Build tests run one file at a time: each starts Astro, which already uses both
 * cores, and concurrent Astro builds in one project share its .astro/ folder (content module paths).
 */
function vitestSuite(name: string, label: string, args: string[]): void {
  const file = resolve(REPORTS, `vitest-${name.replace(/[^a-z0-9-]+/gi, '-')}.json`);
  const status = run(label, ['node_modules/vitest/vitest.mjs', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  const report = readJson(file);
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
  const pw = readJson(pwFile);
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
const examples = existsSync(EXAMPLES) ? readdirSync(EXAMPLES).filter((name) => existsSync(join(EXAMPLES, name, 'src', 'report.ts'))).sort() : [];
for (const name of examples) {
  const root = join(EXAMPLES, name);
  const built = run(`build ${root}`, ['node_modules/tsx/dist/cli.mjs', 'packages/engine/src/cli/index.ts', 'build', '--root', root]);
  suites.push({ name: `${root}: build`, passed: built === 0 ? 1 : 0, failed: built === 0 ? 0 : 1 });
  if (built === 0) {
    // The engine's checks of a built site: valid HTML, links, SVG, CSV, Vega-Lite specs and JSON.
    const checked = run(`check-output ${root}`, ['node_modules/tsx/dist/cli.mjs', 'packages/engine/src/cli/index.ts', 'check-output', '--root', root]);
    suites.push({ name: `${root}: check-output`, passed: checked === 0 ? 1 : 0, failed: checked === 0 ? 0 : 1 });
  }
  vitestSuite(`${root}: vitest`, `vitest: ${root} (model, data, built site)`, ['--root', root]);
  const config = join(root, 'playwright.config.ts');
  if (!existsSync(config)) continue;
  if (built === 0) playwrightSuite(`${root}: playwright`, `playwright: ${root}`, ['--config', config]);
  else notChecked.push(`${root}: playwright not run, because its build failed`);
}

console.log('\n▶ npm audit --omit=dev (high and critical findings fail)');
const audit = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
const auditOutcome = classifyAudit(audit.stdout ?? '');
console.log(`  ${auditOutcome.summary}`);
if (auditOutcome.status === 'unavailable') notChecked.push(`npm audit: NOT CHECKED, ${auditOutcome.summary} (run \`npm run audit\` where the registry answers)`);
else suites.push({ name: 'audit', passed: auditOutcome.status === 'passed' ? 1 : 0, failed: auditOutcome.status === 'failed' ? 1 : 0 });

const passed = suites.reduce((n, s) => n + s.passed, 0);
const failed = suites.reduce((n, s) => n + s.failed, 0);
console.log('\nSuites:');
for (const s of suites) console.log(`  ${s.failed ? '✗' : '✓'} ${s.name}: ${s.passed} passed, ${s.failed} failed${s.note ? ` (${s.note})` : ''}`);
for (const line of notChecked) console.log(`  ? ${line}`);
const ciStart = Number(process.env.CI_STARTED_AT_MS || started);
console.log(`Time: ${((Date.now() - started) / 1000).toFixed(0)} s for the tests${ciStart !== started ? `, ${((Date.now() - ciStart) / 1000).toFixed(0)} s since CI started` : ''}.`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
