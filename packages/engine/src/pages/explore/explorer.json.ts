import type { APIRoute } from 'astro';
import { explorerPage } from '../../explore/page-data';
import { getReport } from '../../report/context';

/** The explore page's data: published assumptions, resolved controls and the published band (fetched by its script). */
export const GET: APIRoute = () => new Response(JSON.stringify(explorerPage(getReport()).payload), { headers: { 'Content-Type': 'application/json' } });
