import type { APIRoute } from 'astro';
import { CITATION_FORMATS, type CitationFormat } from '../../../publish/citation';
import { vintageCitation } from '../../../report/citations';
import { siteVintages } from '../../../report/context';

export function getStaticPaths() {
  return siteVintages().flatMap((v) => Object.keys(CITATION_FORMATS).map((format) => ({ params: { vintage: v.id, format } })));
}

export const GET: APIRoute = ({ params, site }) => {
  const format = params.format as CitationFormat;
  return new Response(vintageCitation(params.vintage!, format, site ?? new URL('https://example.org')), {
    headers: { 'Content-Type': `${CITATION_FORMATS[format].mediaType}; charset=utf-8` },
  });
};
