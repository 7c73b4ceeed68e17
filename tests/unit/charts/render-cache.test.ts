import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { memorySvgCache, renderKey, renderPipelineDigest, renderPipelineDir, type SvgCache } from '../../../packages/engine/src/charts/cache';
import { getChart } from '../../../packages/engine/src/charts/registry';
import { buildSpec, renderChart, cachedSvg } from '../../../packages/engine/src/charts/render';
import type { ChartContext, ChartDefinition } from '../../../packages/engine/src/charts/types';
import { diskSvgCache } from '../../../packages/engine/src/report/chart-cache';
import { getReport } from '../../../packages/engine/src/report/context';

let ctx: ChartContext;
beforeAll(() => {
  // The latest vintage's own context: model results, facts and Monte Carlo bands, as the build draws them.
  ctx = getReport().chartContext;
});

/** The same figure with every plotted value doubled: a data edit that must show in the chart. */
const doubled = (def: ChartDefinition): ChartDefinition => ({
  ...def,
  data: (c) => {
    const d = def.data(c);
    return { columns: d.columns, rows: d.rows.map((r) => ({ ...r, value: typeof r.value === 'number' ? r.value * 2 : (r.value ?? null) })) };
  },
});

/** A cache that records what it was asked, to tell hits from renders. */
function spy(inner: SvgCache) {
  const log = { hits: 0, misses: 0, writes: 0 };
  const cache: SvgCache = {
    get: (k) => {
      const v = inner.get(k);
      if (v === undefined) log.misses++;
      else log.hits++;
      return v;
    },
    set: (k, v) => {
      log.writes++;
      inner.set(k, v);
    },
  };
  return { cache, log };
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'chart-cache-'));

describe('chart render cache', () => {
  it('keys a render by spec: equal specs share a key, any change to data or config gives a new one', () => {
    const def = getChart('fig-market-by-segment');
    const spec = buildSpec(def, ctx, def.data(ctx), false);
    const same = buildSpec(def, ctx, def.data(ctx), false);
    const edited = buildSpec(doubled(def), ctx, doubled(def).data(ctx), false);
    const restyled = { ...spec, config: { ...(spec as { config: object }).config, padding: 9 } } as typeof spec;
    expect(renderKey(same)).toBe(renderKey(spec));
    expect(renderKey(edited)).not.toBe(renderKey(spec));
    expect(renderKey(restyled)).not.toBe(renderKey(spec));
  });

  it('keys a render by the code of the render pipeline: an edit to any pipeline file changes every key, a figure edit none', () => {
    // A copy of the charts folder to edit; the project's own sources stay as they are.
    const copy = join(tempDir(), 'charts');
    cpSync(renderPipelineDir(), copy, { recursive: true });
    const original = renderPipelineDigest(copy);
    expect(original).toBe(renderPipelineDigest(renderPipelineDir()));
    const spec = buildSpec(getChart('fig-market-by-segment'), ctx, getChart('fig-market-by-segment').data(ctx), false);
    const pipelineFiles = readdirSync(copy).filter((f) => f.endsWith('.ts'));
    expect(pipelineFiles).toEqual(expect.arrayContaining(['render.ts', 'lean-svg.ts', 'cache.ts', 'theme.ts']));
    for (const file of pipelineFiles) {
      const dir = join(tempDir(), 'charts');
      cpSync(copy, dir, { recursive: true });
      appendFileSync(join(dir, file), '\n// an edit\n');
      const edited = renderPipelineDigest(dir);
      expect(edited, file).not.toBe(original);
      expect(renderKey(spec, edited), file).not.toBe(renderKey(spec, original));
    }
    // A new helper module in the pipeline folder counts too; a figure builder does not (its spec is in the key).
    const added = join(tempDir(), 'charts');
    cpSync(copy, added, { recursive: true });
    writeFileSync(join(added, 'new-step.ts'), 'export const step = 1;\n');
    expect(renderPipelineDigest(added)).not.toBe(original);
    const figureEdit = join(tempDir(), 'charts');
    cpSync(copy, figureEdit, { recursive: true });
    appendFileSync(join(figureEdit, 'figures', 'common.ts'), '\n// an edit\n');
    expect(renderPipelineDigest(figureEdit)).toBe(original);
  });

  it('a second render of the same chart is served from the cache and is identical', async () => {
    const { cache, log } = spy(diskSvgCache(tempDir()));
    const def = getChart('fig-energy-per-bit');
    const first = await renderChart(def, ctx, '', cache);
    expect(log).toEqual({ hits: 0, misses: 1, writes: 1 });
    const second = await renderChart(def, ctx, '', cache);
    expect(log.hits).toBe(1);
    expect(log.writes).toBe(1);
    expect(second.svg).toEqual(first.svg);
  });

  it('never serves a changed spec from the cache: a data edit redraws the chart exactly as an uncached render would', async () => {
    const { cache, log } = spy(diskSvgCache(tempDir()));
    const def = getChart('fig-market-by-segment');
    const before = await renderChart(def, ctx, '', cache);
    const after = await renderChart(doubled(def), ctx, '', cache);
    const uncached = await renderChart(doubled(def), ctx);
    expect(log.hits).toBe(0);
    expect(after.svg).toEqual(uncached.svg);
    expect(after.svg).not.toBe(before.svg);
  });

  it('treats a corrupted, tampered or misplaced entry as a miss and overwrites it', async () => {
    const dir = tempDir();
    const def = getChart('fig-technology-mix');
    const spec = buildSpec(def, ctx, def.data(ctx), false);
    const key = renderKey(spec);
    const fresh = await cachedSvg(spec);
    await cachedSvg(spec, diskSvgCache(dir));
    const file = join(dir, key.slice(0, 2), readdirSync(join(dir, key.slice(0, 2)))[0]!);
    const good = JSON.parse(readFileSync(file, 'utf8'));

    const damaged = [
      readFileSync(file, 'utf8').slice(0, 200), // truncated write
      JSON.stringify({ ...good, svg: good.svg.replace('<path', '<path fill="red"') }), // svg changed, checksum not
      JSON.stringify({ ...good, key: renderKey({ ...spec, description: 'another' } as typeof spec) }), // another key's entry under this name
    ];
    for (const text of damaged) {
      writeFileSync(file, text);
      const { cache, log } = spy(diskSvgCache(dir));
      expect(await cachedSvg(spec, cache)).toBe(fresh);
      expect(log).toEqual({ hits: 0, misses: 1, writes: 1 });
      expect(JSON.parse(readFileSync(file, 'utf8')).svg).toBe(fresh);
    }
  });

  it('the in-memory cache behaves the same way (what tests and cache-less builds use)', async () => {
    const cache = memorySvgCache();
    const def = getChart('fig-ports-by-speed');
    await renderChart(def, ctx, '', cache);
    await renderChart(def, ctx, '', cache);
    expect(cache.size()).toBe(1);
    await renderChart(doubled(def), ctx, '', cache);
    expect(cache.size()).toBe(2);
  });
});
