/**
 * Chart exports for slides and documents: the chart with its title, subtitle, source line and the
 * report's name, as a self-contained SVG and as a PNG at twice the size. Every piece of text is turned
 * into glyph outlines from the chart font, so the export looks the same in any program, with or without
 * the font installed (librsvg, which rasterises the PNG, cannot load web fonts).
 */
import sharp from 'sharp';
import { ROLES } from './style';
import { glyphRun, textWidth } from './text-metrics';

export interface ExportParts {
  /** The chart's SVG in light colours (no theme variables), as vega drew it. */
  chartSvg: string;
  title: string;
  subtitle?: string;
  source: string;
  reportName: string;
}

const MARGIN = 20;
const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
const attr = (attrs: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];
const weightOf = (w: string | undefined) => (w === 'bold' ? 700 : w ? Number(w) || 400 : 400);

/**
 * Glyph outlines defined once per export (<defs>) and placed with <use>: a label is a row of
 * references, so an export stays small however much text it has.
 */
class Glyphs {
  private readonly defs = new Map<string, string>();
  /** One line of text at (x, y) on the baseline, anchored like SVG text. */
  line(text: string, x: number, y: number, size: number, weight: number, anchor: string, fill: string, extra = ''): string {
    if (!text) return '';
    const run = glyphRun(text, weight);
    const w = textWidth(text, size, weight);
    const left = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
    const scale = size / run.unitsPerEm;
    const uses = run.glyphs
      .filter((g) => g.d !== '')
      .map((g) => {
        const id = `g${run.weight}-${g.id}`;
        if (!this.defs.has(id)) this.defs.set(id, `<path id="${id}" d="${g.d}"/>`);
        return `<use href="#${id}" x="${g.x}"${g.y ? ` y="${-g.y}"` : ''}/>`;
      })
      .join('');
    return `<g transform="translate(${round(left)},${round(y)}) scale(${round6(scale)},${round6(-scale)})" fill="${fill}"${extra}>${uses}</g>`;
  }
  svgDefs(): string {
    return `<defs>${[...this.defs.values()].join('')}</defs>`;
  }
}
const round6 = (n: number) => Math.round(n * 1e6) / 1e6;
const round = (n: number) => Math.round(n * 100) / 100;

/** Replaces every <text> of vega's SVG (single or multi-line) with outlines. */
function textToOutlines(svg: string, glyphs: Glyphs): string {
  return svg.replace(/<text([^>]*)>([\s\S]*?)<\/text>/g, (_m, attrs: string, body: string) => {
    const size = Number((attr(attrs, 'font-size') ?? '11').replace('px', ''));
    const weight = weightOf(attr(attrs, 'font-weight'));
    const anchor = attr(attrs, 'text-anchor') ?? 'start';
    const fill = attr(attrs, 'fill') ?? ROLES.fg.light;
    const opacity = attr(attrs, 'opacity') ?? attr(attrs, 'fill-opacity');
    const transform = attr(attrs, 'transform');
    const extra = opacity ? ` fill-opacity="${opacity}"` : '';
    let paths = '';
    if (body.includes('<tspan')) {
      let dy = 0;
      for (const m of body.matchAll(/<tspan([^>]*)>([^<]*)<\/tspan>/g)) {
        dy += Number(attr(m[1]!, 'dy') ?? 0);
        paths += glyphs.line(decode(m[2]!), 0, dy, size, weight, anchor, fill, extra);
      }
    } else {
      paths = glyphs.line(decode(body), Number(attr(attrs, 'x') ?? 0), Number(attr(attrs, 'y') ?? 0), size, weight, anchor, fill, extra);
    }
    return transform ? `<g transform="${transform}">${paths}</g>` : `<g>${paths}</g>`;
  });
}

/** Greedy word wrap by measured width. */
function wrap(text: string, width: number, size: number, weight: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} ${word}`, size, weight) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The export SVG: title and subtitle above, the chart, then the source line and the report's name. */
export function exportSvg(p: ExportParts): string {
  const box = /viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/.exec(p.chartSvg);
  const chartW = Number(box?.[3] ?? 640);
  const chartH = Number(box?.[4] ?? 320);
  const width = Math.max(560, Math.ceil(chartW + 2 * MARGIN));
  const inner = width - 2 * MARGIN;
  const glyphs = new Glyphs();
  const parts: string[] = [];
  let y = MARGIN;
  const block = (text: string, size: number, weight: number, fill: string, gap: number) => {
    for (const line of wrap(text, inner, size, weight)) {
      y += size * 1.25;
      parts.push(glyphs.line(line, MARGIN, y - size * 0.25, size, weight, 'start', fill));
    }
    y += gap;
  };
  block(p.title, 20, 600, ROLES.fg.light, 2);
  if (p.subtitle) block(p.subtitle, 14, 400, ROLES.muted.light, 0);
  y += 10;
  const chart = textToOutlines(p.chartSvg, glyphs)
    .replace(
      /^<svg([^>]*)>/,
      (_m, a: string) =>
        `<svg x="${MARGIN + (inner - chartW) / 2}" y="${y}" width="${chartW}" height="${chartH}"${a.replace(/\s(width|height|x|y|class|role|aria-[a-z]+|font-family)="[^"]*"/g, '')}>`,
    )
    .replace(/<title[\s\S]*?<\/title>|<desc[\s\S]*?<\/desc>/g, '');
  parts.push(chart);
  y += chartH + 10;
  block(p.source, 12, 400, ROLES.muted.light, 2);
  block(p.reportName, 12, 600, ROLES.muted.light, 0);
  const height = Math.ceil(y + MARGIN);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${glyphs.svgDefs()}<rect width="${width}" height="${height}" fill="#ffffff"/>${parts.join('')}</svg>`;
}

/** The export as PNG at twice its size (for high-density slides). */
export async function exportPng(svg: string): Promise<Buffer> {
  // zlib level 6 (sharp's default): a third of level 9's time for files about 5% larger.
  return sharp(Buffer.from(svg), { density: 144 }).png({ compressionLevel: 6 }).toBuffer();
}
