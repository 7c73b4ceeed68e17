/**
 * schema.org metadata of one forecast vintage: the report (a `Report`) and its data (a `Dataset` with one
 * `DataDownload` per file), as a JSON-LD graph for search engines and dataset catalogues.
 */
import type { CslName } from './citation';
import type { Licence } from './data-package';

export interface VintageMetadata {
  title: string;
  vintage: string;
  published: string;
  summary: string;
  /** Absolute URLs of the vintage's page and of its data folder. */
  url: string;
  dataUrl: string;
  authors: CslName[];
  publisher: string;
  licence?: Licence;
  /** First and last year of the forecast horizon. */
  years: [number, number];
  downloads: { name: string; url: string; encodingFormat: string }[];
}

const agent = (n: CslName) => ('literal' in n ? { '@type': 'Organization', name: n.literal } : { '@type': 'Person', givenName: n.given, familyName: n.family, name: `${n.given} ${n.family}` });

export function vintageJsonLd(m: VintageMetadata) {
  const reportId = `${m.url}#report`;
  const datasetId = `${m.dataUrl}#dataset`;
  const publisher = { '@type': 'Organization', name: m.publisher };
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'Report',
        '@id': reportId,
        name: `${m.title} (forecast vintage ${m.vintage})`,
        headline: m.title,
        abstract: m.summary,
        url: m.url,
        version: m.vintage,
        datePublished: m.published,
        author: m.authors.map(agent),
        publisher,
        ...(m.licence?.path ? { license: m.licence.path } : {}),
        isBasedOn: { '@id': datasetId },
      },
      {
        '@type': 'Dataset',
        '@id': datasetId,
        name: `${m.title}: forecast data, vintage ${m.vintage}`,
        description: `Assumptions with their sources, model results, named facts and the data of every figure of the forecast vintage ${m.vintage}. ${m.summary}`,
        url: m.dataUrl,
        version: m.vintage,
        datePublished: m.published,
        temporalCoverage: `${m.years[0]}/${m.years[1]}`,
        creator: m.authors.map(agent),
        publisher,
        ...(m.licence?.path ? { license: m.licence.path } : {}),
        isAccessibleForFree: true,
        subjectOf: { '@id': reportId },
        distribution: m.downloads.map((d) => ({ '@type': 'DataDownload', name: d.name, contentUrl: d.url, encodingFormat: d.encodingFormat })),
      },
    ],
  };
}
