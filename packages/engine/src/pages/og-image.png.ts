/**
 * The report's social preview image (Open Graph / Twitter card), 1200×630: drawn as SVG at build time (see
 * report/social-card.ts) and rasterised with sharp, so link previews show the title and the key figures.
 */
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { getReport } from '../report/context';
import { cardInput } from '../report/card-input';
import { socialCard } from '../report/social-card';

export const GET: APIRoute = async () => {
  const { svg } = socialCard(cardInput(getReport()));
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
