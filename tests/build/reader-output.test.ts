import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * What readers download must not change when the engine is reorganised: the facts, the model results and every
 * chart CSV of the 2026-11 vintage, and the set of pages, compared with tests/build/expected/reader-output.json
 * (hashes taken from the build of the code before the engine/report split). Checks the dist/ that `npm test` builds.
 */
const expected = JSON.parse(readFileSync('tests/build/expected/reader-output.json', 'utf8')) as { vintage: string; files: Record<string, string>; pages: string[] };
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const pages = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? pages(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));

beforeAll(() => {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing; run `npm run build` first (npm test does)');
});

describe('build/reader output is what it was before the engine/report split', () => {
  const dir = `dist/data/${expected.vintage}`;

  it('facts.json and results.json are byte for byte the same', () => {
    expect(sha256(`${dir}/facts.json`)).toBe(expected.files['facts.json']);
    expect(sha256(`${dir}/results.json`)).toBe(expected.files['results.json']);
  });

  it('every chart CSV is byte for byte the same, and there are no more and no fewer', () => {
    const csvs = Object.keys(expected.files).filter((f) => f.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThan(20);
    const built = readdirSync(`${dir}/charts`).filter((f) => f.endsWith('.csv')).map((f) => `charts/${f}`).sort();
    expect(built).toEqual(csvs);
    const changed = csvs.filter((f) => sha256(`${dir}/${f}`) !== expected.files[f]);
    expect(changed).toEqual([]);
  });

  it('the site has the same pages', () => {
    expect(pages('dist').map((p) => relative('dist', p)).sort()).toEqual(expected.pages);
  });
});
