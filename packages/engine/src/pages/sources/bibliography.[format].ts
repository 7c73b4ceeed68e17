import type { APIRoute } from 'astro';
import { CITATION_FORMATS, type CitationFormat } from '../../publish/citation';
import { bibliography } from '../../report/citations';
import { latestVintage } from '../../report/context';

/** The sources page's bibliography for reference managers: CSL-JSON and BibTeX. */
export function getStaticPaths() {
  return (['json', 'bib'] as const).map((format) => ({ params: { format } }));
}

export const GET: APIRoute = ({ params }) => {
  const format = params.format as CitationFormat;
  return new Response(bibliography(latestVintage().id, format), { headers: { 'Content-Type': `${CITATION_FORMATS[format].mediaType}; charset=utf-8` } });
};
