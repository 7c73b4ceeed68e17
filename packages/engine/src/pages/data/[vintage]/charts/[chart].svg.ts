import type { APIRoute } from 'astro';
import { chartExportSvg, chartPaths } from '../../../../report/downloads';

export const getStaticPaths = chartPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await chartExportSvg(params.vintage!, params.chart!), { headers: { 'Content-Type': 'image/svg+xml' } });
