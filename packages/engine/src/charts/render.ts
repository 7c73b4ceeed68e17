import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { renderKey, type SvgCache } from './cache';
import { leanSvg } from './lean-svg';
import { THEME_CONFIG, THEMES, type ThemeName } from './theme';
import type { ChartContext, ChartData, ChartDefinition, SpecBody } from './types';

export interface RenderedChart {
  id: string;
  title: string;
  caption: string;
  description: string;
  data: ChartData;
  table: ChartData;
  /** The full spec a reader can open in the Vega Editor: data inline, light theme. */
  spec: TopLevelSpec;
  svg: Record<ThemeName, string>;
}

/** The complete spec of a figure: definition + data + theme. Pure. */
export function buildSpec(def: ChartDefinition, ctx: ChartContext, data: ChartData, theme: ThemeName, withTitle = true): TopLevelSpec {
  return assembleSpec(def.spec(ctx), def.title, def.description(ctx), data, theme, withTitle);
}

function assembleSpec(body: SpecBody, title: string, description: string, data: ChartData, theme: ThemeName, withTitle: boolean): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    ...body,
    ...(withTitle ? { title } : {}),
    description,
    data: { values: data.rows },
    config: THEME_CONFIG[theme],
  } as TopLevelSpec;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Vega's SVG, made responsive (viewBox only, no fixed size) and labelled as one image: the root gets
 * role="img" and points at a <title> and <desc> carrying the chart's title and description.
 */
export function finishSvg(svg: string, idBase: string, title: string, description: string): string {
  const titleId = `${idBase}-title`;
  const descId = `${idBase}-desc`;
  return svg.replace(/^<svg([^>]*)>/, (_m, attrs: string) => {
    const kept = attrs
      .replace(/\s(width|height|aria-roledescription|aria-label|role)="[^"]*"/g, '')
      .replace(/\sclass="([^"]*)"/, ' class="$1 chart-svg"');
    return `<svg${kept} role="img" aria-labelledby="${titleId} ${descId}" preserveAspectRatio="xMidYMid meet"><title id="${titleId}">${escapeXml(title)}</title><desc id="${descId}">${escapeXml(description)}</desc>`;
  });
}

/** The one dataset a template reads; its rows are bound when a view is made. */
const TEMPLATE_DATA = 'report_rows';
const MAX_TEMPLATES = 500;
const templates = new Map<string, ReturnType<typeof parse>>();

/**
 * Compiling (vega-lite) and parsing (vega) are half the cost of a render and depend only on the spec's
 * shape, not on its rows or its description. Charts that differ only in those (the same figure per
 * vintage, per region, per scenario) share one parsed template; rows and description are set per view.
 */
function parsedTemplate(spec: Record<string, unknown>): ReturnType<typeof parse> {
  const key = JSON.stringify(spec);
  let runtime = templates.get(key);
  if (!runtime) {
    runtime = parse(compile(spec as unknown as TopLevelSpec).spec);
    if (templates.size >= MAX_TEMPLATES) templates.delete(templates.keys().next().value!);
    templates.set(key, runtime);
  }
  return runtime;
}

export async function specToSvg(spec: TopLevelSpec): Promise<string> {
  const { data, description, ...shape } = spec as TopLevelSpec & { data?: { values?: unknown } };
  const rows = data?.values;
  let view: View;
  if (Array.isArray(rows)) {
    view = new View(parsedTemplate({ ...shape, data: { name: TEMPLATE_DATA } }), { renderer: 'none' });
    if (description !== undefined) view.description(description);
    // vega tags the objects it ingests; fresh copies keep the caller's rows untouched
    view.data(TEMPLATE_DATA, rows.map((r: object) => ({ ...r })));
  } else {
    view = new View(parse(compile(spec).spec), { renderer: 'none' });
  }
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Vega's SVG for one themed spec, made lean; served from the cache when the same spec was drawn before. */
export async function themedSvg(spec: TopLevelSpec, theme: ThemeName, cache?: SvgCache): Promise<string> {
  if (!cache) return leanSvg(await specToSvg(spec));
  const key = renderKey(spec, theme);
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const svg = leanSvg(await specToSvg(spec));
  cache.set(key, svg);
  return svg;
}

/**
 * Renders a figure in every theme. The definition's spec, data and description are computed once and
 * shared by the themed renders and the downloadable spec.
 */
export async function renderChart(def: ChartDefinition, ctx: ChartContext, idPrefix = '', cache?: SvgCache): Promise<RenderedChart> {
  const data = def.data(ctx);
  const body = def.spec(ctx);
  const description = def.description(ctx);
  const svg = {} as Record<ThemeName, string>;
  for (const theme of THEMES) {
    // On the page the figcaption carries the title; the SVG keeps it only as its accessible <title>.
    const raw = await themedSvg(assembleSpec(body, def.title, description, data, theme, false), theme, cache);
    svg[theme] = finishSvg(raw, `${idPrefix}${def.id}-${theme}`, def.title, description);
  }
  return {
    id: def.id,
    title: def.title,
    caption: def.caption(ctx),
    description,
    data,
    table: def.table ? def.table(data) : data,
    spec: assembleSpec(body, def.title, description, data, 'light', true),
    svg,
  };
}
