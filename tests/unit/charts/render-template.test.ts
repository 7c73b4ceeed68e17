import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHARTS } from '../../../src/charts';
import { buildSpec, specToSvg } from '../../../packages/engine/src/charts/render';
import type { ChartContext } from '../../../packages/engine/src/charts/types';
import { getReport } from '../../../packages/engine/src/report/context';
import { measuringText } from '../../../packages/engine/src/charts/text-metrics';

let ctx: ChartContext;
beforeAll(() => {
  // The latest vintage's own context: model results, facts and Monte Carlo bands, as the build draws them.
  ctx = getReport().chartContext;
});

/** Every figure the latest vintage can draw. */
const drawable = () => CHARTS.filter((d) => d.available?.(ctx) ?? true);

/** The plain pipeline, with nothing shared between renders. */
function direct(spec: TopLevelSpec): Promise<string> {
  return measuringText(spec, async () => {
    const view = new View(parse(compile(spec).spec), { renderer: 'none' });
    const svg = await view.toSVG();
    view.finalize();
    return svg;
  });
}

describe('shared compile/parse templates', () => {
  it('render every figure byte for byte as the plain pipeline, including the second time', async () => {
    expect(drawable().length).toBeGreaterThan(10);
    for (const def of drawable()) {
      const spec = buildSpec(def, ctx, def.data(ctx), false);
      const expected = await direct(spec);
      expect(await specToSvg(spec), def.id).toBe(expected);
      expect(await specToSvg(spec), `${def.id}, from the template`).toBe(expected);
    }
  });

  it('bind each render’s own rows and description: a figure with other data drawn from the same template shows that data', async () => {
    expect(drawable().length).toBeGreaterThan(10);
    for (const def of drawable()) {
      const data = def.data(ctx);
      const measures = data.columns.filter((c) => c.unit && c.unit !== 'year').map((c) => c.key);
      // Every figure plots at least one measure (the timeline's is its date), so the swap below changes what it draws.
      expect(measures.length, def.id).toBeGreaterThan(0);
      const other = {
        ...data,
        rows: data.rows.map((r) => ({
          ...r,
          ...Object.fromEntries(measures.map((k) => [k, typeof r[k] === 'number' ? (r[k] as number) * 3 + 1 : (r[k] ?? null)])),
        })),
      };
      const first = buildSpec(def, ctx, data, false);
      const second = { ...buildSpec(def, ctx, other, false), description: `Another description of ${def.id}` } as TopLevelSpec;
      await specToSvg(first);
      const svg = await specToSvg(second);
      expect(
        data.rows.some((r) => Object.getOwnPropertySymbols(r).length > 0),
        'caller rows untouched',
      ).toBe(false);
      expect(svg, def.id).toBe(await direct(second));
      expect(svg, def.id).not.toBe(await direct(first));
    }
  });
});
