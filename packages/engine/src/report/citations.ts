import { siteUrl } from '../lib/url';
import { credits } from './credits';
import { CITATION_FORMATS, formatCitation, reportItem, sourceItem, type CitationFormat } from '../publish/citation';
import { vintageJsonLd } from '../publish/metadata';
import { getReport } from './context';
import { VINTAGE_FILES } from './downloads';

const absolute = (path: string, site: URL) => new URL(siteUrl(path), site).href;

/** The citation of one vintage in a reference-manager format. */
export function vintageCitation(vintageId: string, format: CitationFormat, site: URL): string {
  const { vintage } = getReport(vintageId);
  const pub = credits();
  const item = reportItem({
    title: vintage.meta.title,
    vintage: vintage.id,
    published: vintage.meta.published,
    url: absolute(`v/${vintage.id}/`, site),
    authors: pub.authors,
    publisher: pub.publisher,
    abstract: vintage.meta.summary,
  });
  return formatCitation([item], format);
}

/** The bibliography of a vintage's sources (the sources page shows the latest). */
export function bibliography(vintageId: string, format: CitationFormat): string {
  return formatCitation(getReport(vintageId).vintage.sources.map(sourceItem), format);
}

/** Links to a vintage's citation files, for its page. */
export const citationLinks = (vintageId: string) =>
  (Object.keys(CITATION_FORMATS) as CitationFormat[]).map((f) => ({ format: f, ...CITATION_FORMATS[f], href: siteUrl(`v/${vintageId}/citation.${f}`) }));

/** schema.org Report + Dataset JSON-LD of a vintage. */
export function vintageMetadata(vintageId: string, site: URL) {
  const { vintage, results } = getReport(vintageId);
  const data = (file: string) => absolute(`data/${vintageId}/${file}`, site);
  const pub = credits();
  return vintageJsonLd({
    title: vintage.meta.title,
    vintage: vintage.id,
    published: vintage.meta.published,
    summary: vintage.meta.summary,
    url: absolute(`v/${vintage.id}/`, site),
    dataUrl: absolute(`data/${vintageId}/`, site),
    authors: pub.authors,
    publisher: pub.publisher,
    ...(pub.licence ? { licence: pub.licence } : {}),
    years: [results.years[0]!, results.years[results.years.length - 1]!],
    downloads: [
      { name: 'datapackage.json', url: data('datapackage.json'), encodingFormat: 'application/json' },
      { name: 'series.csv', url: data('series.csv'), encodingFormat: 'text/csv' },
      ...VINTAGE_FILES.map((f) => ({ name: f, url: data(f), encodingFormat: 'application/json' })),
    ],
  });
}
