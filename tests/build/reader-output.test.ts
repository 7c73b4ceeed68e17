import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The engine/report split changed no page: every page of the site built before it (tests/build/expected/
 * reader-output.json, taken from that build) is still built. The file also keeps the sha256 of the 2026-11 facts,
 * results and chart CSVs from before the split; the split was checked against them byte for byte (commit 1c740e8).
 * A later, deliberate model change (optical-only cluster power) moved those numbers, so what a published vintage
 * says is now guarded by the outputs recorded in data/vintages.lock.json, which `npm run validate` and the build check.
 */
const expected = JSON.parse(readFileSync('tests/build/expected/reader-output.json', 'utf8')) as {
  vintage: string;
  files: Record<string, string>;
  pages: string[];
};
const pages = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? pages(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));

beforeAll(() => {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing; run `npm run build` first (npm test does)');
});

describe('build/reader output after the engine/report split', () => {
  it('every page of the site before the split is still there (later vintages add their own)', () => {
    expect(expected.pages.length).toBeGreaterThan(20);
    expect(pages('dist').map((p) => relative('dist', p))).toEqual(expect.arrayContaining(expected.pages));
  });

  it('every chart of the 2026-11 vintage before the split still publishes its CSV', () => {
    const csvs = Object.keys(expected.files).filter((f) => f.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThan(20);
    expect(csvs.filter((f) => !existsSync(`dist/data/${expected.vintage}/${f}`))).toEqual([]);
  });
});
