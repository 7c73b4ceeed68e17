import type { APIRoute } from 'astro';
import { explorable, explorerModel, explorerView } from '../../explorer';
import { explorerPage } from '../../explore/page-data';
import { getReport } from '../../report/context';

/** The explore page's data: published assumptions, resolved controls and the published band (fetched by its script). */
export const GET: APIRoute = () => {
  const { payload } = explorerPage(getReport(), { explorable, model: explorerModel, view: explorerView });
  return new Response(JSON.stringify(payload), { headers: { 'Content-Type': 'application/json' } });
};
