import type { APIRoute } from 'astro';
import { chartCsv, chartPaths } from '../../../../report/downloads';

export const getStaticPaths = chartPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await chartCsv(params.vintage!, params.chart!), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
