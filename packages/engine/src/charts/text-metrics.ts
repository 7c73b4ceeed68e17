import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import * as vega from 'vega';

/**
 * Exact label widths for vega at build time. Without a canvas vega estimates every width from the font
 * size alone, so where labels are cut or legends wrap depends on a guess. With the chart font's own
 * advance widths and kerning (read with fontkit from the self-hosted WOFF2 files the pages serve),
 * the layout the build computes is the one every reader sees.
 */
export const CHART_FONT_FAMILY = 'Source Sans 3';
/** What the SVG asks for: the self-hosted face, then system faces with similar widths. */
export const CHART_FONT = `"${CHART_FONT_FAMILY}", "Source Sans Pro", "Segoe UI", Roboto, Helvetica, Arial, sans-serif`;
const WEIGHTS = [400, 600, 700] as const;

type Font = fontkit.Font;
const faces = new Map<number, Font>();

function face(weight: number): Font {
  const nearest = WEIGHTS.reduce((a, b) => (Math.abs(b - weight) < Math.abs(a - weight) ? b : a));
  let f = faces.get(nearest);
  if (!f) {
    const file = createRequire(import.meta.url).resolve(`@fontsource/source-sans-3/files/source-sans-3-latin-${nearest}-normal.woff2`);
    f = fontkit.create(readFileSync(file)) as Font;
    faces.set(nearest, f);
  }
  return f;
}

const numericWeight = (w: unknown): number => (w === 'bold' ? 700 : w === 'normal' || w === undefined || w === null ? 400 : Number(w) || 400);

const widths = new Map<string, number>();

/** Width in px of `text` set in the chart font at `size` px and `weight`. */
export function textWidth(text: string, size: number, weight: unknown = 400): number {
  const w = numericWeight(weight);
  const key = `${w}|${text}`;
  let em = widths.get(key);
  if (em === undefined) {
    const f = face(w);
    em = f.layout(text).advanceWidth / f.unitsPerEm;
    widths.set(key, em);
  }
  return em * size;
}

interface TextItem {
  text?: unknown;
  font?: string;
  fontSize?: number;
  fontWeight?: unknown;
  limit?: number;
}

/** vega's text measurer (exported by vega-scenegraph, missing from vega's typings). */
const textMetrics = (
  vega as unknown as { textMetrics: { width: (item: TextItem, text: unknown) => number; estimateWidth: (item: TextItem, text: unknown) => number } }
).textMetrics;
const estimate = textMetrics.estimateWidth;

/**
 * vega has one global text measurer. A render whose spec uses the chart font measures with the font's
 * metrics; any other render keeps vega's own estimate untouched, so a spec in another font draws exactly
 * as vega draws it. Renders are queued so two never share the measurer at once (they are CPU-bound on
 * one thread anyway). The width is the untruncated line's: vega asks the same function while it cuts a
 * label to its limit; the house style sets no label limits, so drawn and measured text agree.
 */
function chartFontWidth(item: TextItem, text: unknown): number {
  const family = item.font ?? '';
  const line = text == null ? '' : String(text).trim();
  const size = item.fontSize != null ? +item.fontSize || 0 : 11;
  // Text in another font inside a chart-font spec: vega's estimate of the whole line.
  if (!family.includes(CHART_FONT_FAMILY)) return ~~(0.8 * line.length * size);
  return textWidth(line, size, item.fontWeight);
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs one render with the text measurer its spec needs. */
export function measuringText<T>(spec: unknown, render: () => Promise<T>): Promise<T> {
  const usesChartFont = JSON.stringify(spec).includes(CHART_FONT_FAMILY);
  const run = async () => {
    textMetrics.width = usesChartFont ? chartFontWidth : estimate;
    try {
      return await render();
    } finally {
      textMetrics.width = estimate;
    }
  };
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}

interface GlyphRun {
  glyphs: { id: number; path: { toSVG(): string } }[];
  positions: { xAdvance: number; xOffset: number; yOffset: number }[];
}

/** Glyphs of `text` in the chart font: each glyph's id, outline (font units, y up) and pen position. */
export function glyphRun(
  text: string,
  weight: unknown = 400,
): { unitsPerEm: number; weight: number; glyphs: { id: number; x: number; y: number; d: string }[] } {
  const w = numericWeight(weight);
  const f = face(w);
  const run = f.layout(text) as unknown as GlyphRun;
  let x = 0;
  const glyphs = run.glyphs.map((g, i) => {
    const pos = run.positions[i]!;
    const out = { id: g.id, x: x + pos.xOffset, y: pos.yOffset, d: g.path.toSVG() };
    x += pos.xAdvance;
    return out;
  });
  return { unitsPerEm: f.unitsPerEm, weight: w, glyphs };
}
