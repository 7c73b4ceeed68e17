import { describe, expect, it } from 'vitest';
import { specToSvg } from '../../../packages/engine/src/charts/render';
import { CHART_FONT, textWidth } from '../../../packages/engine/src/charts/text-metrics';

describe('chart text metrics', () => {
  it('measure with the font’s own advance widths: proportional, scaled by size, wider when bold', () => {
    expect(textWidth('iiii', 13)).toBeLessThan(textWidth('WWWW', 13) / 2);
    expect(textWidth('Scale-up', 26)).toBeCloseTo(textWidth('Scale-up', 13) * 2, 6);
    expect(textWidth('Scale-up', 13, 700)).toBeGreaterThan(textWidth('Scale-up', 13, 400));
  });

  it('lay out a chart-font label with its real width, and other fonts with vega’s estimate', async () => {
    const spec = (font: string) =>
      ({
        config: { font },
        data: { values: [{ k: 'iiiiiiiiiiiiiiiiiiii', v: 1 }] },
        mark: 'bar',
        encoding: { y: { field: 'k', type: 'nominal', axis: { labelLimit: 0 } }, x: { field: 'v', type: 'quantitative' } },
      }) as never;
    const width = (svg: string) => Number(/viewBox="0 0 ([\d.]+)/.exec(svg)![1]);
    const narrowLetters = await specToSvg(spec(CHART_FONT));
    const estimated = await specToSvg(spec('serif'));
    // vega's estimate gives every letter 0.8 em; the font's "i" is far narrower, so the axis takes less room.
    expect(width(estimated) - width(narrowLetters)).toBeGreaterThan(0.8 * 20 * 10 - textWidth('iiiiiiiiiiiiiiiiiiii', 10) - 2);
  });
});
