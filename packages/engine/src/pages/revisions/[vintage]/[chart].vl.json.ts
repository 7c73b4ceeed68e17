import type { APIRoute } from 'astro';
import { getRevision, revisedVintageIds, revisionChartIds } from '../../../report/revision-context';

export function getStaticPaths() {
  return revisedVintageIds().flatMap((vintage) => revisionChartIds().map((chart) => ({ params: { vintage, chart } })));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify((await getRevision(params.vintage!).chart(params.chart!)).spec, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
