import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { specToSvg } from '../../../packages/engine/src/charts/render';

/**
 * Static specs of the kinds the Vega Editor accepts (inline values of every shape Vega-Lite allows,
 * transforms, layers, facets, repeats, concatenations). The engine must draw each one exactly as vega does.
 */
const CORPUS_DIR = join(import.meta.dirname, '../../fixtures/vega-corpus');
const corpus = readdirSync(CORPUS_DIR)
  .filter((f) => f.endsWith('.vl.json'))
  .sort()
  .map((file) => ({ file, spec: JSON.parse(readFileSync(join(CORPUS_DIR, file), 'utf8')) as TopLevelSpec }));

/** Vega's own rendering, with nothing of the engine in between. */
async function vegaItself(spec: TopLevelSpec): Promise<string> {
  const view = new View(parse(compile(structuredClone(spec)).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Generated ids (clip paths, gradients) are numbered per process; they are the only allowed difference. */
const withoutGeneratedIds = (svg: string) => svg.replace(/\b(id="|url\(#)[a-z]+\d+/g, '$1ID');

describe('spec corpus', () => {
  it('has specs of every shape', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(15);
  });

  it.each(corpus)('$file renders as vega renders it', async ({ spec }) => {
    const expected = await vegaItself(spec);
    expect(expected).not.toMatch(/NaN/);
    expect(withoutGeneratedIds(await specToSvg(structuredClone(spec)))).toBe(withoutGeneratedIds(expected));
    // The second render may come from a shared template: it must not differ either.
    expect(withoutGeneratedIds(await specToSvg(structuredClone(spec)))).toBe(withoutGeneratedIds(expected));
  });

  it('draws a chart of plain numbers with marks and finite axes (the rows are not turned into empty objects)', async () => {
    const svg = await specToSvg(corpus.find((c) => c.file === 'numbers-line-index.vl.json')!.spec);
    expect(svg).not.toMatch(/NaN/);
    // y = 300 − value × 15 on the 0–20 axis of a 300-unit plot; x steps 75 units per row
    expect(svg).toMatch(/<g class="mark-line[^>]*><path[^>]* d="M0,142.5L75,120L150,153.75L225,90L300,26.25"/);
  });
});
