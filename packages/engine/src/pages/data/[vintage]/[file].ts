import type { APIRoute } from 'astro';
import { publishedVintageIds, VINTAGE_FILES, vintageFile, type VintageFile } from '../../../report/downloads';

export function getStaticPaths() {
  return publishedVintageIds().flatMap((vintage) => VINTAGE_FILES.map((file) => ({ params: { vintage, file } })));
}

export const GET: APIRoute = ({ params }) =>
  new Response(vintageFile(params.vintage!, params.file as VintageFile), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
