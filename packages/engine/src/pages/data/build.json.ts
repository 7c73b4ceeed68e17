import type { APIRoute } from 'astro';
import { buildInfo } from '../../report/build-info';

/** /data/build.json: the provenance of this build (commit, vintages, input hashes, tool versions). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildInfo(), null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
