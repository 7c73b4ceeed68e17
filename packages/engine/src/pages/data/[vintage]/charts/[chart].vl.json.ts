import type { APIRoute } from 'astro';
import { chartPaths, chartSpec } from '../../../../report/downloads';

export const getStaticPaths = chartPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await chartSpec(params.vintage!, params.chart!), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
