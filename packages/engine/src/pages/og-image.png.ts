/**
 * The report's social preview image (Open Graph / Twitter card), 1200×630, drawn as SVG at build time and
 * rasterised with sharp, so link previews show the report title and its headline numbers.
 */
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { getReport } from '../report/context';
import { headlineFacts } from '../report/headline';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Greedy word wrap by character count: good enough for a title set in a known font size. */
function wrap(text: string, perLine: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + ' ' + word).length <= perLine) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length > maxLines) {
    lines.length = maxLines;
    lines[maxLines - 1] += '…';
  }
  return lines;
}

export const GET: APIRoute = async () => {
  const { vintage, facts } = getReport();
  const numbers = headlineFacts(facts, 3);
  const title = wrap(vintage.meta.title, 30, 3);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#0b2540"/>
  <rect x="0" y="0" width="24" height="630" fill="#E69F00"/>
  <g font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" fill="#ffffff">
    ${title.map((line, i) => `<text x="80" y="${150 + i * 78}" font-size="64" font-weight="700">${escapeXml(line)}</text>`).join('\n    ')}
    <text x="80" y="${150 + title.length * 78 + 10}" font-size="28" fill="#b8d4ee">Forecast vintage ${escapeXml(vintage.id)} · published ${escapeXml(vintage.meta.published)}</text>
    ${numbers
      .map(
        (f, i) => `<g transform="translate(${80 + i * 360} 470)">
      <text font-size="52" font-weight="700" fill="#56B4E9">${escapeXml(f.text)}</text>
      <text y="44" font-size="22" fill="#dbe7f3">${escapeXml(wrap(f.description, 30, 1)[0]!)}</text>
    </g>`,
      )
      .join('\n    ')}
  </g>
</svg>`;
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
