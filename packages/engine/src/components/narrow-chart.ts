import { buildSpec, cachedSvg, finishSvg, type RenderedChart } from '../charts/render';
import { themeableSvg } from '../charts/style';
import type { ChartContext, ChartDefinition } from '../charts/types';

/**
 * Phone-width renderings, only for charts that need one. The page column on a 375 px phone is 343 px;
 * a chart drawn 640 units wide shrinks there to about half, and its 13 px labels to about 6 px. A chart
 * whose wide rendering keeps its smallest text at 11 px or more needs no second rendering.
 */
const PHONE = { column: 343, minFontPx: 11, width: 280, height: 220 } as const;
/** The widest drawing (plot, axes, labels) whose smallest text still reads at PHONE.minFontPx. */
const maxTotal = (minFont: number) => Math.floor((PHONE.column * minFont) / PHONE.minFontPx);

const viewBoxWidth = (svg: string) => Number(/viewBox="[-\d.]+ [-\d.]+ ([\d.]+)/.exec(svg)?.[1] ?? 0);
const smallestFont = (svg: string) => Math.min(...[...svg.matchAll(/font-size="([\d.]+)px"/g)].map((m) => Number(m[1])));

/** Whether a chart's wide rendering is too small to read on a phone. Pure. */
function needsPhoneRendering(svg: string): boolean {
  const width = viewBoxWidth(svg);
  const font = smallestFont(svg);
  return Number.isFinite(font) && width > 0 && font * Math.min(1, PHONE.column / width) < PHONE.minFontPx;
}

const cache = new Map<string, Promise<string | undefined>>();

/** The phone rendering of a drawn chart, if it needs one; `idBase` keeps its SVG ids unique on the page. */
export function narrowSvg(chart: RenderedChart, def: ChartDefinition, ctx: ChartContext, idBase: string): Promise<string | undefined> {
  let p = cache.get(idBase);
  if (!p) {
    p = (async () => {
      if (!needsPhoneRendering(chart.svg)) return undefined;
      const spec = buildSpec(def, ctx, chart.data, false) as unknown as Record<string, unknown>;
      // Charts without one plot size (facets, concatenations) keep their wide rendering.
      if (typeof spec.width !== 'number') return undefined;
      const config = spec.config as { legend?: Record<string, unknown> } & Record<string, unknown>;
      const limit = maxTotal(smallestFont(chart.svg));
      const render = (width: number) =>
        cachedSvg({
          ...spec,
          width,
          // Charts sized by their rows (tornado, timeline) keep their height; the others get a phone-shaped plot.
          height: typeof spec.height === 'number' && spec.height <= 320 ? PHONE.height : spec.height,
          config: { ...config, legend: { ...config.legend, columns: 1, direction: 'vertical' } },
        } as never);
      // Axes and labels add to the plot width: shrink the plot by the excess until the drawing fits.
      let width: number = PHONE.width;
      let svg = await render(width);
      for (let i = 0; i < 3 && viewBoxWidth(svg) > limit && width > 120; i++) {
        width = Math.max(120, width - Math.ceil(viewBoxWidth(svg) - limit));
        svg = await render(width);
      }
      return finishSvg(themeableSvg(svg), `${idBase}-narrow`, def.title, chart.description);
    })();
    cache.set(idBase, p);
  }
  return p;
}
