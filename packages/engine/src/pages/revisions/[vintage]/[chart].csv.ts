import type { APIRoute } from 'astro';
import { toCsv } from '../../../charts/csv';
import { getRevision, revisedVintageIds, revisionChartIds } from '../../../report/revision-context';

export function getStaticPaths() {
  return revisedVintageIds().flatMap((vintage) => revisionChartIds().map((chart) => ({ params: { vintage, chart } })));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(toCsv((await getRevision(params.vintage!).chart(params.chart!)).data), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
