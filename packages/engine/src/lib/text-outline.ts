/**
 * Text set as outlines in the pages' own font (Source Sans 3, read with fontkit from the self-hosted WOFF2
 * files): exact widths for layout, and SVG paths that look the same wherever the SVG is rasterised, with no
 * dependence on the fonts installed on the build machine. The social card is drawn with it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface Path {
  scale(x: number, y: number): Path;
  translate(x: number, y: number): Path;
  toSVG(): string;
}
interface Glyph {
  path: Path;
}
interface GlyphRun {
  glyphs: Glyph[];
  positions: { xAdvance: number; xOffset: number; yOffset: number }[];
  advanceWidth: number;
}
interface Font {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  layout(text: string): GlyphRun;
}

const require = createRequire(import.meta.url);
const fonts = new Map<number, Font>();

export type Weight = 400 | 600 | 700;

function font(weight: Weight): Font {
  let f = fonts.get(weight);
  if (!f) {
    const fontkit = require('fontkit') as { create(buffer: Uint8Array): Font };
    f = fontkit.create(readFileSync(require.resolve(`@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff2`)));
    fonts.set(weight, f);
  }
  return f;
}

/** Advance width of `text` at `size` px. */
export function measure(text: string, size: number, weight: Weight = 400): number {
  const f = font(weight);
  return (f.layout(text).advanceWidth / f.unitsPerEm) * size;
}

/** Ascent and descent (positive, px) of the font at `size`: the vertical extent of a line around its baseline. */
export function lineExtent(size: number, weight: Weight = 400): { ascent: number; descent: number } {
  const f = font(weight);
  return { ascent: (f.ascent / f.unitsPerEm) * size, descent: (-f.descent / f.unitsPerEm) * size };
}

/** SVG path data of `text` with its baseline starting at (x, y). */
export function outline(text: string, size: number, weight: Weight, x: number, y: number): string {
  const f = font(weight);
  const k = size / f.unitsPerEm;
  const run = f.layout(text);
  let pen = 0;
  const parts: string[] = [];
  run.glyphs.forEach((g, i) => {
    const p = run.positions[i]!;
    parts.push(
      g.path
        .scale(k, -k)
        .translate(x + (pen + p.xOffset) * k, y - p.yOffset * k)
        .toSVG(),
    );
    pen += p.xAdvance;
  });
  return parts.join('');
}

/** Greedy word wrap to `width` px; undefined when a single word is wider than the line. */
export function wrap(text: string, size: number, weight: Weight, width: number): string[] | undefined {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (measure(word, size, weight) > width) return undefined;
    const last = lines[lines.length - 1];
    if (last !== undefined && measure(`${last} ${word}`, size, weight) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
