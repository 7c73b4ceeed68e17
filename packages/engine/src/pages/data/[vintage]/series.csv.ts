import type { APIRoute } from 'astro';
import { publishedVintageIds, seriesCsv } from '../../../report/downloads';

export function getStaticPaths() {
  return publishedVintageIds().map((vintage) => ({ params: { vintage } }));
}

export const GET: APIRoute = ({ params }) => new Response(seriesCsv(params.vintage!), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
