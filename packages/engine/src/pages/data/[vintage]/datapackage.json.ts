import type { APIRoute } from 'astro';
import { dataPackageJson, publishedVintageIds } from '../../../report/downloads';

export function getStaticPaths() {
  return publishedVintageIds().map((vintage) => ({ params: { vintage } }));
}

export const GET: APIRoute = async ({ params, site }) =>
  new Response(await dataPackageJson(params.vintage!, site ?? new URL('https://example.org')), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
