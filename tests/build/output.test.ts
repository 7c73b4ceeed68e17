import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkOutput, type OutputReport } from '../../packages/engine/src/cli/lib/output/index';
import { formatOutputProblem } from '../../packages/engine/src/cli/lib/output/site';
import cpo from '../../src/report';

/** Validates the dist/ that `npm test` builds before running this suite (see scripts/check-output.ts). */
let report: OutputReport;
beforeAll(async () => {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing; run `npm run build` first (npm test does)');
  // The address dist/ was built for: absolute links to it are checked like relative ones.
  report = await checkOutput('dist', new URL(process.env.REPORT_BASE ?? '/', process.env.REPORT_SITE || cpo.site.url!).href);
}, 120_000);

const list = (check: keyof OutputReport['problems']) => report.problems[check].map(formatOutputProblem);

describe('build/output validation of dist/', () => {
  it('every page is valid HTML (html-validate, .htmlvalidate.json)', () => {
    expect(report.counts.pages).toBeGreaterThanOrEqual(5);
    expect(list('html')).toEqual([]);
  });

  it('every internal link, asset and #anchor resolves', () => {
    expect(list('links')).toEqual([]);
  });

  it('every inline chart SVG is well-formed XML', () => {
    expect(report.counts.svgs).toBeGreaterThanOrEqual(2);
    expect(list('svg')).toEqual([]);
  });

  it('every CSV parses and its rows match the chart data', () => {
    expect(report.counts.csvs).toBeGreaterThanOrEqual(1);
    expect(list('csv')).toEqual([]);
  });

  it('every Vega-Lite spec validates against the Vega-Lite JSON schema', () => {
    expect(report.counts.specs).toBe(report.counts.figureCsvs);
    expect(report.counts.figureCsvs).toBeGreaterThan(0);
    expect(list('vegaLite')).toEqual([]);
  });

  it('every JSON download parses', () => {
    expect(list('json')).toEqual([]);
  });
});
