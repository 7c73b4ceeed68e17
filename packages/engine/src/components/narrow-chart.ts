import { getChart } from '../charts/registry';
import { buildSpec, finishSvg, themedSvg } from '../charts/render';
import { THEMES, type ThemeName } from '../charts/theme';
import type { ChartContext } from '../charts/types';
import type { ReportContext } from '../report/context';

/**
 * Phone-width renderings of a chart. A 640-unit chart scaled down to a 343 px phone column shrinks 12 px
 * axis labels to about 6 px, so each chart is also drawn at a narrow width; CSS picks the rendering by viewport.
 * Charts whose spec has no numeric width (facets, concatenations) have no narrow rendering.
 */
/** Plot area size, and the most the whole drawing (plot + axes + legend) may take, in SVG units. */
export const NARROW = { width: 280, height: 220, maxTotal: 360 } as const;

const cache = new Map<string, Promise<Record<ThemeName, string> | undefined>>();

export function narrowSvgs(report: ReportContext, id: string, idBase: string): Promise<Record<ThemeName, string> | undefined> {
  const key = `${report.vintage.id}:${id}`;
  let p = cache.get(key);
  if (!p) {
    p = (async () => {
      const def = getChart(id);
      // The same context the report renders the chart with (src/report/context.ts).
      const ctx: ChartContext = {
        results: report.results,
        facts: report.facts,
        timeline: report.vintage.timeline,
        ...(report.uncertainty ? { uncertainty: report.uncertainty } : {}),
      };
      const { data, description } = await report.chart(id);
      const out = {} as Record<ThemeName, string>;
      for (const theme of THEMES) {
        const spec = buildSpec(def, ctx, data, theme, false) as unknown as Record<string, unknown>;
        if (typeof spec.width !== 'number') return undefined;
        const config = spec.config as Record<string, any>;
        const render = (width: number, legendLabelLimit = 0) =>
          themedSvg({
            ...spec,
            width,
            height: typeof spec.height === 'number' ? NARROW.height : spec.height,
            // One legend entry per row: a two-column legend does not fit 280 units.
            config: {
              ...config,
              legend: { ...config.legend, columns: 1, labelLimit: legendLabelLimit },
              // Long category labels on an axis (event names, assumption names) are cut to fit as well.
              ...(legendLabelLimit ? { axis: { ...config.axis, labelLimit: 100 } } : {}),
            },
          } as never, theme);
        let svg = await render(NARROW.width);
        // Axes and long legend labels add to the plot width: shrink the plot and cap legend labels (the legend
        // starts after the y-axis, about 120 units in; the data table below the chart has them in full).
        const total = Number(/viewBox="0 0 ([\d.]+)/.exec(svg)?.[1] ?? 0);
        if (total > NARROW.maxTotal) svg = await render(Math.max(140, NARROW.width - (total - NARROW.maxTotal)), NARROW.maxTotal - 120);
        // Some specs fix their own label widths (timeline, tornado): no narrow rendering helps, the wide one scales.
        if (Number(/viewBox="0 0 ([\d.]+)/.exec(svg)?.[1] ?? 0) > NARROW.maxTotal + 20) return undefined;
        out[theme] = finishSvg(svg, `${idBase}-narrow-${theme}`, def.title, description);
      }
      return out;
    })();
    cache.set(key, p);
  }
  return p;
}
