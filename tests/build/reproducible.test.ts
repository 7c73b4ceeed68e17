import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureAsync, makeFixture, type BuildRun, type Fixture, BUILD_TEST_TIMEOUT_MS } from '../helpers/fixture';

/**
 * Two builds of the same inputs must agree byte for byte. The second runs with the clock five years ahead, another
 * time zone and locale, a different Math.random stream and the network blocked, so a timestamp, a random id, a
 * locale-dependent format or a download at build time would each show up as a difference or a failure. Neither
 * build has a chart cache: every chart is drawn twice, the second time under the shifted clock, locale and random
 * stream (a cache would hand the second build the first one's SVGs).
 */
const COMMIT = 'reproducible-test-commit';
const sha256 = (bytes: Uint8Array) => `sha256-${createHash('sha256').update(bytes).digest('hex')}`;

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

let f: Fixture;
let first: BuildRun;
let second: BuildRun;
let networkLog: string;

beforeAll(async () => {
  f = makeFixture();
  networkLog = join(f.root, 'network.log');
  first = await buildFixtureAsync(f, { out: join(f.root, 'first'), env: { REPORT_COMMIT: COMMIT, REPORT_CHART_CACHE: 'off' } });
  second = await buildFixtureAsync(f, {
    out: join(f.root, 'second'),
    env: {
      REPORT_COMMIT: COMMIT,
      REPORT_CHART_CACHE: 'off',
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${resolve('tests/helpers/sandbox.cjs')}`.trim(),
      SANDBOX_CLOCK_SHIFT_MS: String(5 * 365 * 86_400_000 + 12_345_678),
      SANDBOX_RANDOM_SEED: '20261125',
      SANDBOX_NETWORK_LOG: networkLog,
      TZ: 'Pacific/Kiritimati',
      LANG: 'de_DE.UTF-8',
      LC_ALL: 'de_DE.UTF-8',
    },
  });
}, 2 * BUILD_TEST_TIMEOUT_MS);

afterAll(() => f?.remove());

describe('build/reproducible output', () => {
  it('both builds succeed, the second without any network access', () => {
    expect(first.status, first.output).toBe(0);
    expect(second.status, second.output).toBe(0);
    expect(existsSync(networkLog) ? readFileSync(networkLog, 'utf8') : '').toBe('');
  });

  it('each build draws every chart itself: no chart comes from a cache', () => {
    for (const run of [first, second]) {
      const t = JSON.parse(readFileSync(run.timingsFile, 'utf8'));
      expect(t.chartsRendered, run.timingsFile).toBeGreaterThan(20);
      expect(t.svgCacheHits, run.timingsFile).toBe(0);
    }
    expect(existsSync(join(f.root, '.chart-cache'))).toBe(false);
  });

  it('two builds of the same inputs are byte-identical', () => {
    const a = join(f.root, 'first');
    const b = join(f.root, 'second');
    expect(files(b)).toEqual(files(a));
    const differing = files(a).filter((file) => !readFileSync(join(a, file)).equals(readFileSync(join(b, file))));
    expect(differing).toEqual([]);
    expect(files(a).length).toBeGreaterThan(10);
  });

  it('no output file names a path of the build machine', () => {
    const a = join(f.root, 'first');
    // Astro and Vite know absolute module paths; none may reach the output (it would differ per checkout).
    const machinePaths = [f.root, resolve('.')];
    const leaks = files(a).flatMap((file) => {
      const text = readFileSync(join(a, file), 'utf8');
      return machinePaths.filter((p) => text.includes(p)).map((p) => `${file} contains ${p}`);
    });
    expect(leaks).toEqual([]);
  });

  it('/data/build.json records the commit, the vintages, a hash of every input file and the tool versions', () => {
    const info = JSON.parse(readFileSync(join(f.root, 'first/data/build.json'), 'utf8'));
    expect(info.commit).toBe(COMMIT);
    const vintageIds = readdirSync(join(f.dataDir, 'vintages'))
      .filter((d) => /^\d{4}-\d{2}(-\d{2})?$/.test(d))
      .sort();
    expect(info.vintages.map((v: { id: string }) => v.id)).toEqual(vintageIds);
    expect(vintageIds).toContain(info.vintage);
    for (const v of info.vintages) {
      for (const name of ['vintage.json', 'assumptions.json', 'sources.json']) {
        expect(v.files[name]).toBe(sha256(readFileSync(join(f.dataDir, 'vintages', v.id, name))));
      }
    }
    const chapters = files(join(f.contentDir, 'chapters')).filter((c) => c.endsWith('.mdx'));
    expect(Object.keys(info.content)).toEqual(chapters.map((c) => `chapters/${c}`));
    for (const c of chapters) expect(info.content[`chapters/${c}`]).toBe(sha256(readFileSync(join(f.contentDir, 'chapters', c))));
    for (const tool of ['astro', 'vega', 'vega-lite', '@astrojs/mdx']) {
      expect(info.tools[tool]).toBe(JSON.parse(readFileSync(resolve('node_modules', tool, 'package.json'), 'utf8')).version);
    }
    expect(info.tools['package-lock.json']).toBe(sha256(readFileSync('package-lock.json')));
    expect(info.tools.node).toBe(process.version);
  });

  it('every page footer names the commit and the vintage', () => {
    const info = JSON.parse(readFileSync(join(f.root, 'first/data/build.json'), 'utf8'));
    const pages = files(join(f.root, 'first')).filter((p) => p.endsWith('.html'));
    for (const page of pages) {
      const footer = readFileSync(join(f.root, 'first', page), 'utf8').match(/<footer[\s\S]*?<\/footer>/)?.[0] ?? '';
      expect(footer, page).toContain(COMMIT);
      expect(footer, page).toContain(info.vintage);
    }
  });
});
