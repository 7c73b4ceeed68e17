import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listVintageIds } from '../../packages/engine/src/data/load';
import { nextVintageId } from '../../packages/engine/src/data/lock';
import { makeSandboxProject } from '../helpers/sandbox-project';
import { LATEST } from '../helpers/vintages';

/**
 * The whole author flow of the README, in a sandbox copy of the project: start the next forecast, change one value
 * with a new source, write the summary, publish, build, and run the suites that read the latest vintage. Publishing
 * the next forecast must keep CI green without editing a test.
 */
const NEXT = nextVintageId(listVintageIds(resolve('data/vintages')));
/** Suites that depend on which vintages exist and which is the latest. */
const VINTAGE_DEPENDENT = [
  'tests/build/vintages.test.ts',
  'tests/build/site.test.ts',
  'tests/build/uncertainty.test.ts',
  'tests/unit/scripts/new-vintage.test.ts',
  'tests/unit/scripts/model-cli.test.ts',
  'tests/unit/report/site-vintages.test.ts',
];
/** The next vintage's month may not have begun yet: the publish step runs with its clock moved to that month's 5th. */
const publishDate = `${NEXT}-05`;
const clockShift = Math.max(0, Date.parse(`${publishDate}T12:00:00Z`) - Date.now());
const npm = (args: string[]) => ['npm', ['run', '-s', ...args]] as const;

describe('build/author flow in a sandbox: new vintage → edit → summary → publish → build → suites', () => {
  it('publishes the next forecast and keeps the vintage-dependent suites green', { timeout: 20 * 60_000 }, async () => {
    const s = makeSandboxProject();
    const log: string[] = [];
    const step = async (label: string, args: readonly [string, readonly string[]], env: Record<string, string> = {}) => {
      const r = await s.run(args[0], [...args[1]], env);
      log.push(`$ ${label} → exit ${r.status}`);
      return r;
    };
    try {
      const created = await step(`npm run new-vintage -- ${NEXT}`, npm(['new-vintage', '--', NEXT, '--date', publishDate]));
      expect(created.status, created.output).toBe(0);
      expect(created.output).toContain(`as a draft copy of ${LATEST}`);

      // New evidence: one value changes, with a new source that contains it.
      const dir = `data/vintages/${NEXT}`;
      s.editJson(`${dir}/sources.json`, (d) =>
        d.sources.push({
          id: 'sandbox-els-quote',
          publisher: 'Sandbox Research',
          title: 'ELS module price survey',
          date: `${NEXT}-02`,
          kind: 'primary',
          quote: 'ELS modules: a tenth below last year',
          note: 'Test source for the author-flow test.',
        }),
      );
      let before = 0;
      s.editJson(`${dir}/assumptions.json`, (d) => {
        before = d.els.laserAspUsd.value;
        d.els.laserAspUsd.value = before * 0.9;
        d.els.laserAspUsd.source = 'sandbox-els-quote';
        d.els.laserAspUsd.rationale = 'The survey quotes ELS modules a tenth cheaper than the earlier estimate.';
      });

      // Publishing before the summary is written fails with that reason, and changes nothing.
      const clock = { NODE_OPTIONS: `--require ${join(s.root, 'tests/helpers/sandbox.cjs')}`, SANDBOX_CLOCK_SHIFT_MS: String(clockShift) };
      const early = await step(`npm run publish -- ${NEXT} (summary not written)`, npm(['publish', '--', NEXT]), clock);
      expect(early.status).toBe(1);
      expect(early.output).toMatch(/cannot publish [\d-]+: 1 problem in 1 file:\n.*vintage\.json#\/summary: the summary is still the draft template/);
      expect(s.readJson(`${dir}/vintage.json`).status).toBe('draft');

      s.editJson(`${dir}/vintage.json`, (d) => (d.summary = 'A new ELS price survey lowers the external laser module price by a tenth; nothing else changes.'));
      const published = await step(`npm run publish -- ${NEXT}`, npm(['publish', '--', NEXT]), clock);
      expect(published.status, published.output).toBe(0);
      expect(s.readJson(`${dir}/vintage.json`)).toMatchObject({ status: 'published', published: publishDate });
      const lock = s.readJson('data/vintages.lock.json');
      expect(Object.keys(lock.vintages)).toContain(NEXT);
      expect(lock.outputs[NEXT].hash).toMatch(/^sha256:/);
      expect(lock.outputs[NEXT].facts['revenue.2030.els']).toBeLessThan(lock.outputs[LATEST].facts['revenue.2030.els']);

      const built = await step('npm run build', npm(['build']), { REPORT_PDF: '0' });
      expect(built.status, built.output).toBe(0);
      expect(s.read(`dist/v/${NEXT}/index.html`)).toContain('This is the latest forecast');
      const revision = s.read(`dist/revisions/${NEXT}/index.html`);
      expect(revision).toContain('data-assumption="els.laserAspUsd"');
      expect(revision).toContain('ELS module price survey');
      expect(existsSync(join(s.root, 'dist-drafts'))).toBe(false);

      const suites = await step(
        `vitest run ${VINTAGE_DEPENDENT.length} vintage-dependent suites`,
        ['node', ['node_modules/vitest/vitest.mjs', 'run', ...VINTAGE_DEPENDENT, '--no-file-parallelism']],
        { NO_COLOR: '1' },
      );
      log.push(
        suites.output
          .split('\n')
          .filter((l) => /Test Files|Tests /.test(l))
          .join('\n'),
      );
      expect(suites.status, suites.output).toBe(0);
      expect(suites.output).toMatch(new RegExp(`Test Files +${VINTAGE_DEPENDENT.length} passed`));
      console.log(`author flow in ${s.root}:\n${log.join('\n')}`);
    } finally {
      s.remove();
    }
  });
});
