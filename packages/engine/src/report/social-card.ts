/**
 * The social card (Open Graph image), 1200×630: the report title, who published it and when, and up to three key
 * figures. Text is laid out with the font's real widths (shrinking, then wrapping, until it fits its box) and
 * drawn as outlines, so the card looks the same on every machine. Returns the SVG and the box of every text
 * block, which tests check for fit and overlap.
 */
import { lineExtent, measure, outline, wrap, type Weight } from '../lib/text-outline';

export const CARD = { width: 1200, height: 630, padding: 72, accent: 20 } as const;

export interface CardInput {
  title: string;
  /** e.g. "Publisher · Forecast vintage 2026-11 · 25 November 2026". */
  kicker: string;
  figures: { value: string; label: string }[];
}

export interface TextBox {
  name: string;
  lines: string[];
  size: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

const COLOURS = { background: '#0b2540', accent: '#e69f00', title: '#ffffff', kicker: '#f3c466', value: '#ffffff', label: '#c9dcf0', rule: '#e69f00' };

/** The largest size from `sizes` at which `text` wraps into at most `maxLines` lines of `width`. */
function fitText(text: string, sizes: number[], weight: Weight, width: number, maxLines: number): { lines: string[]; size: number } {
  for (const size of sizes) {
    const lines = wrap(text, size, weight, width);
    if (lines && lines.length <= maxLines) return { lines, size };
  }
  // Last resort: the smallest size, cut to the allowed lines with an ellipsis that fits.
  const size = sizes[sizes.length - 1]!;
  const lines = (wrap(text, size, weight, width) ?? [text]).slice(0, maxLines);
  let last = lines[maxLines - 1] ?? '';
  while (last.length > 1 && measure(`${last}…`, size, weight) > width) last = last.slice(0, -1);
  lines[lines.length - 1] = `${last.trimEnd()}…`;
  return { lines, size };
}

function block(name: string, lines: string[], size: number, weight: Weight, x: number, top: number, leading: number) {
  const { ascent, descent } = lineExtent(size, weight);
  const step = size * leading;
  const paths = lines.map((line, i) => outline(line, size, weight, x, top + ascent + i * step)).join('');
  const box: TextBox = {
    name,
    lines,
    size,
    x,
    y: top,
    width: Math.max(...lines.map((l) => measure(l, size, weight))),
    height: ascent + (lines.length - 1) * step + descent,
  };
  return { paths, box };
}

export function socialCard(input: CardInput): { svg: string; boxes: TextBox[] } {
  const { width, height, padding, accent } = CARD;
  const left = accent + padding - 12;
  const inner = width - left - padding;
  const figures = input.figures.slice(0, 3);
  const gap = 40;
  const tile = figures.length > 0 ? (inner - gap * (figures.length - 1)) / figures.length : inner;

  const kickerFit = fitText(input.kicker, [26, 24, 22, 20], 600, inner, 1);
  const kicker = block('kicker', kickerFit.lines, kickerFit.size, 600, left, padding - 8, 1.2);

  // Figures sit on the bottom edge; the title takes the space between the kicker and them.
  const valueFits = figures.map((f) => fitText(f.value, [60, 54, 48, 42, 36], 700, tile, 1));
  const valueSize = Math.min(...valueFits.map((v) => v.size), 60);
  const labelFits = figures.map((f) => fitText(f.label, [24, 22, 20], 400, tile, 2));
  const labelSize = Math.min(...labelFits.map((l) => l.size), 24);
  const labels = figures.map((f, i) => {
    const lines = wrap(f.label, labelSize, 400, tile);
    return lines && lines.length <= 2 ? lines : labelFits[i]!.lines;
  });
  const labelBlockHeight = lineExtent(labelSize).ascent + labelSize * 1.2 + lineExtent(labelSize).descent;
  const valueHeight = lineExtent(valueSize, 700).ascent + lineExtent(valueSize, 700).descent;
  const figuresTop = height - padding + 8 - labelBlockHeight - 6 - valueHeight;
  const tiles = figures.map((_figure, i) => {
    const x = left + i * (tile + gap);
    const value = block(`figure-${i + 1}-value`, [valueFits[i]!.lines[0]!], valueSize, 700, x, figuresTop, 1);
    const label = block(`figure-${i + 1}-label`, labels[i]!, labelSize, 400, x, figuresTop + valueHeight + 6, 1.2);
    return { x, value, label };
  });

  const titleTop = kicker.box.y + kicker.box.height + 28;
  const titleRoom = (figures.length > 0 ? figuresTop - 36 : height - padding) - titleTop;
  let title = block('title', [input.title], 64, 700, left, titleTop, 1.08);
  for (const size of [68, 64, 60, 56, 52, 48, 44, 40]) {
    const lines = wrap(input.title, size, 700, inner);
    if (!lines || lines.length > 3) continue;
    title = block('title', lines, size, 700, left, titleTop, 1.08);
    if (title.box.height <= titleRoom) break;
  }

  const esc = (s: string) => s.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">
<title>${esc(input.title)}</title>
<rect width="${width}" height="${height}" fill="${COLOURS.background}"/>
<rect width="${accent}" height="${height}" fill="${COLOURS.accent}"/>
<path fill="${COLOURS.kicker}" d="${kicker.paths}"/>
<path fill="${COLOURS.title}" d="${title.paths}"/>
${tiles
  .map(
    (t) => `<rect x="${t.x}" y="${(figuresTop - 14).toFixed(1)}" width="${tile.toFixed(1)}" height="4" fill="${COLOURS.rule}"/>
<path fill="${COLOURS.value}" d="${t.value.paths}"/>
<path fill="${COLOURS.label}" d="${t.label.paths}"/>`,
  )
  .join('\n')}
</svg>`;
  return { svg, boxes: [kicker.box, title.box, ...tiles.flatMap((t) => [t.value.box, t.label.box])] };
}
