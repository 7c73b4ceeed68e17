import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { renderKey, type SvgCache } from './cache';
import { leanSvg } from './lean-svg';
import { themeableSvg } from './style';
import { measuringText } from './text-metrics';
import { chartConfig } from './theme';
import type { ChartContext, ChartData, ChartDefinition, SpecBody } from './types';

export interface RenderedChart {
  id: string;
  title: string;
  caption: string;
  description: string;
  data: ChartData;
  table: ChartData;
  subtitle?: string;
  /** The full spec a reader can open in the Vega Editor: data inline, light colours. */
  spec: TopLevelSpec;
  /** One SVG for both themes: its colours are theme variables (see style.ts). */
  svg: string;
  /** vega's SVG in the light colours, without page markup: what exports are made from. */
  plainSvg: string;
}

/** The complete spec of a figure: definition + data + theme. Pure. */
export function buildSpec(def: ChartDefinition, ctx: ChartContext, data: ChartData, withTitle = true): TopLevelSpec {
  return assembleSpec(def.spec(ctx), def.title, def.subtitle, def.description(ctx), data, withTitle);
}

function assembleSpec(body: SpecBody, title: string, subtitle: string | undefined, description: string, data: ChartData, withTitle: boolean): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    ...body,
    ...(withTitle ? { title: subtitle ? { text: title, subtitle } : title } : {}),
    description,
    data: { values: data.rows },
    // A spec's own config (spec files may carry one) refines the theme.
    config: mergeConfig(chartConfig(), body.config),
  } as TopLevelSpec;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep merge of Vega-Lite configs; the second wins. Pure. */
function mergeConfig<T>(base: T, over: unknown): T {
  if (!isPlainObject(over)) return base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over)) out[k] = isPlainObject(v) && isPlainObject(out[k]) ? mergeConfig(out[k], v) : v;
  return out as T;
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
    const kept = attrs.replace(/\s(width|height|aria-roledescription|aria-label|role)="[^"]*"/g, '').replace(/\sclass="([^"]*)"/, ' class="$1 chart-svg"');
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

/**
 * Whether the top-level data can be bound to a shared template: inline rows that are all plain objects,
 * with no format or other options. Anything else (plain numbers or strings, which Vega-Lite wraps as
 * {data: value}; CSV text; a format; named or generated data) is compiled as written, as vega would.
 */
function templateRows(data: unknown): object[] | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const keys = Object.keys(data);
  if (keys.length !== 1 || keys[0] !== 'values') return undefined;
  const rows = (data as { values: unknown }).values;
  if (!Array.isArray(rows)) return undefined;
  const plainObject = (r: unknown) => typeof r === 'object' && r !== null && !Array.isArray(r) && Object.getPrototypeOf(r) === Object.prototype;
  return rows.every(plainObject) ? (rows as object[]) : undefined;
}

/** vega's SVG of a spec; text in the chart font is measured with the font's metrics (text-metrics.ts). */
export function specToSvg(spec: TopLevelSpec): Promise<string> {
  return measuringText(spec, () => drawSvg(spec));
}

async function drawSvg(spec: TopLevelSpec): Promise<string> {
  const { data, description, ...shape } = spec as TopLevelSpec & { data?: unknown };
  const rows = templateRows(data);
  let view: View;
  if (rows) {
    view = new View(parsedTemplate({ ...shape, data: { name: TEMPLATE_DATA } }), { renderer: 'none' });
    if (description !== undefined) view.description(description);
    // vega tags the objects it ingests; fresh copies keep the caller's rows untouched
    view.data(
      TEMPLATE_DATA,
      rows.map((r) => ({ ...r })),
    );
  } else {
    view = new View(parse(compile(spec).spec), { renderer: 'none' });
  }
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Vega's SVG for one spec, made lean; served from the cache when the same spec was drawn before. */
export async function cachedSvg(spec: TopLevelSpec, cache?: SvgCache): Promise<string> {
  if (!cache) return leanSvg(await specToSvg(spec));
  const key = renderKey(spec);
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const svg = leanSvg(await specToSvg(spec));
  cache.set(key, svg);
  return svg;
}

/**
 * Renders a figure once for both themes. The definition's spec, data and description are computed once
 * and shared by the render and the downloadable spec.
 */
export async function renderChart(def: ChartDefinition, ctx: ChartContext, idPrefix = '', cache?: SvgCache): Promise<RenderedChart> {
  const data = def.data(ctx);
  const body = def.spec(ctx);
  const description = def.description(ctx);
  // On the page the title and subtitle sit above the chart in HTML; the SVG keeps the title as its accessible <title>.
  const raw = await cachedSvg(assembleSpec(body, def.title, def.subtitle, description, data, false), cache);
  return {
    id: def.id,
    title: def.title,
    ...(def.subtitle ? { subtitle: def.subtitle } : {}),
    caption: def.caption(ctx),
    description,
    data,
    table: def.table ? def.table(data) : data,
    spec: assembleSpec(body, def.title, def.subtitle, description, data, true),
    svg: finishSvg(themeableSvg(raw), `${idPrefix}${def.id}`, def.title, description),
    plainSvg: raw,
  };
}
