import type { APIRoute } from 'astro';
import { chartExportPng, chartPaths } from '../../../../report/downloads';

export const getStaticPaths = chartPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await chartExportPng(params.vintage!, params.chart!)), { headers: { 'Content-Type': 'image/png' } });
