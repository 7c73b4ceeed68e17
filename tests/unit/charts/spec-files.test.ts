import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { DataError } from '../../../packages/engine/src/data/errors';
import { buildSpec, specToSvg } from '../../../packages/engine/src/charts/render';
import { getChart, publishedTables } from '../../../packages/engine/src/charts/registry';
import { loadSpecCharts, readSpecFile, specFileChart } from '../../../packages/engine/src/charts/spec-files';
import { measuringText } from '../../../packages/engine/src/charts/text-metrics';
import type { ChartContext } from '../../../packages/engine/src/charts/types';
import { getReport } from '../../../packages/engine/src/report/context';

let ctx: ChartContext;
beforeAll(() => {
  ctx = getReport().chartContext;
});

const base = {
  title: { text: 'CPO gains share', subtitle: 'Share of scale-out bandwidth' },
  description: 'Line chart of the CPO share.',
  data: { name: 'fig-scale-out-mix' },
  mark: 'line',
  encoding: {
    x: { field: 'Year', type: 'ordinal' },
    y: { field: 'Share of scale-out bandwidth', type: 'quantitative' },
    color: { field: 'Technology', type: 'nominal' },
  },
};

function specFile(spec: unknown, name = 'fig-test.vl.json'): string {
  const dir = mkdtempSync(join(tmpdir(), 'spec-files-'));
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(spec, null, 2));
  return file;
}

/** The DataError a spec file raises when loaded and drawn for the latest vintage. */
function errorOf(spec: unknown): DataError {
  try {
    const def = specFileChart(readSpecFile(specFile(spec)), publishedTables());
    def.spec(ctx);
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('expected the spec file to be rejected');
}

describe('spec-file charts', () => {
  it('draw the named table as vega itself draws the same spec with the rows inline', async () => {
    const def = specFileChart(readSpecFile(specFile(base)), publishedTables());
    const data = def.data(ctx);
    expect(data.rows.length).toBe(getChart('fig-scale-out-mix').data(ctx).rows.length);
    expect(Object.keys(data.rows[0]!)).toEqual(['Year', 'Technology', 'Share of scale-out bandwidth']);
    const spec = buildSpec(def, ctx, data, false);
    // vega itself, measuring text with the same font metrics the engine gives it
    const expected = await measuringText(spec, async () => {
      const view = new View(parse(compile(structuredClone(spec) as TopLevelSpec).spec), { renderer: 'none' });
      const svg = await view.toSVG();
      view.finalize();
      return svg;
    });
    expect(expected).toContain('mark-line');
    expect(await specToSvg(spec)).toBe(expected);
  });

  it('take title, subtitle and description from the spec', () => {
    const def = specFileChart(readSpecFile(specFile(base)), publishedTables());
    expect([def.id, def.title, def.subtitle, def.description(ctx)]).toEqual([
      'fig-test',
      'CPO gains share',
      'Share of scale-out bandwidth',
      'Line chart of the CPO share.',
    ]);
  });

  it('reject an unknown table with the file, the pointer and a suggestion', () => {
    const e = errorOf({ ...base, data: { name: 'fig-scale-out-mixx' } });
    expect(e.message).toMatch(
      /fig-test\.vl\.json#\/data\/name \(line \d+, column \d+\): unknown table "fig-scale-out-mixx"; did you mean "fig-scale-out-mix"\?/,
    );
  });

  it('reject an unknown table in a layer at its own pointer', () => {
    const e = errorOf({
      ...base,
      mark: undefined,
      encoding: undefined,
      layer: [
        { mark: 'line', encoding: base.encoding },
        { data: { name: 'fig-nothing-like-it' }, mark: 'rule' },
      ],
    });
    expect(e.message).toContain('#/layer/1/data/name');
    expect(e.message).toContain('unknown table "fig-nothing-like-it"');
  });

  it('reject an unknown field with a suggestion from the table’s columns', () => {
    const e = errorOf({ ...base, encoding: { ...base.encoding, color: { field: 'Technolgy', type: 'nominal' } } });
    expect(e.message).toMatch(/#\/encoding\/color\/field .*unknown field "Technolgy"; did you mean "Technology"\?/);
  });

  it('accept fields that the spec’s own transforms create', () => {
    const def = specFileChart(
      readSpecFile(
        specFile({ ...base, transform: [{ calculate: 'datum.Year - 2000', as: 'yy' }], encoding: { ...base.encoding, x: { field: 'yy', type: 'ordinal' } } }),
      ),
      publishedTables(),
    );
    expect(def.spec(ctx)).toHaveProperty('transform');
  });

  it('reject a spec that is not Vega-Lite, naming the place and the closest allowed value', () => {
    expect(() => readSpecFile(specFile({ ...base, mark: 'lien' }))).toThrow(/#\/mark .*"lien" is not one of .*did you mean "line"\?/);
    expect(() => readSpecFile(specFile({ ...base, encoding: { ...base.encoding, x: { field: 'Year', type: 'ordnial' } } }))).toThrow(
      /#\/encoding\/x\/type .*did you mean "ordinal"\?/,
    );
  });

  it('require a title and a description', () => {
    const { title: _t, description: _d, ...bare } = base;
    expect(() => readSpecFile(specFile(bare))).toThrow(/#\/title .*expected a title[\s\S]*#\/description .*expected a description/);
  });

  it('load every spec of a folder, reporting all bad files at once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spec-folder-'));
    writeFileSync(join(dir, 'a.vl.json'), JSON.stringify(base));
    writeFileSync(join(dir, 'b.vl.json'), '{"title": "x",');
    writeFileSync(join(dir, 'c.vl.json'), JSON.stringify({ ...base, mark: 'barr' }));
    expect(() => loadSpecCharts(dir, publishedTables())).toThrow(/b\.vl\.json \(line[\s\S]*c\.vl\.json#\/mark/);
    writeFileSync(join(dir, 'b.vl.json'), JSON.stringify(base));
    writeFileSync(join(dir, 'c.vl.json'), JSON.stringify(base));
    expect(loadSpecCharts(dir, publishedTables()).map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });
});
