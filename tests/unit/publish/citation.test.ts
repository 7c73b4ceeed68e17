import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { bibliography, vintageCitation, vintageMetadata } from '../../../packages/engine/src/report/citations';
import { getReport, siteVintages } from '../../../packages/engine/src/report/context';
import { credits } from '../../../packages/engine/src/report/credits';
import { jsonLd } from '../../../packages/engine/src/lib/json-ld';

const site = new URL('https://example.org/');
const vintages = siteVintages();

/** Reads a citation back with citation-js (its BibTeX and RIS parsers), as a reference manager would. */
const readBack = (text: string) => new Cite(text).data as Record<string, unknown>[];

describe('publish/citations of each vintage', () => {
  it('the site shows vintages', () => expect(vintages.length).toBeGreaterThanOrEqual(1));

  for (const v of vintages) {
    it(`${v.id}: BibTeX, RIS and CSL-JSON read back to the same title, authors, date, version and URL`, () => {
      const url = `https://example.org/v/${v.id}/`;
      const csl = JSON.parse(vintageCitation(v.id, 'json', site)) as Record<string, unknown>[];
      expect(csl).toHaveLength(1);
      expect(csl[0]).toMatchObject({ type: 'report', URL: url, version: v.id, issued: { 'date-parts': [v.meta.published.split('-').map(Number)] } });
      expect(csl[0]!.title).toContain(v.meta.title);
      expect(csl[0]!.author).toEqual(credits().authors);
      for (const format of ['bib', 'ris'] as const) {
        const [item] = readBack(vintageCitation(v.id, format, site));
        expect(item, format).toMatchObject({ URL: url, issued: { 'date-parts': [v.meta.published.split('-').map(Number)] } });
        // citation-js wraps RIS values every 70 characters; readers join the lines and trim, as its parser does.
        expect(String(item!.title).trim(), format).toBe(csl[0]!.title);
        expect(JSON.stringify(item!.author), format).toContain(JSON.stringify((credits().authors[0] as { literal: string }).literal));
      }
      expect(vintageCitation(v.id, 'bib', site)).toMatch(/^@techreport\{\w+,/);
      expect(vintageCitation(v.id, 'ris', site)).toMatch(/^TY {2}- RPRT\n[\s\S]*\nER {2}- /);
    });
  }

  it('the bibliography holds every source of the latest vintage in CSL-JSON and BibTeX', () => {
    const latest = vintages[vintages.length - 1]!;
    const sources = getReport(latest.id).vintage.sources;
    const csl = JSON.parse(bibliography(latest.id, 'json')) as { id: string; title: string; URL?: string }[];
    expect(csl.map((c) => c.id)).toEqual(sources.map((s) => s.id));
    expect(csl.map((c) => c.title)).toEqual(sources.map((s) => s.title));
    const bib = readBack(bibliography(latest.id, 'bib'));
    expect(bib).toHaveLength(sources.length);
    expect(bib.map((b) => b.URL ?? null)).toEqual(sources.map((s) => s.url ?? null));
  });
});

describe('publish/schema.org metadata', () => {
  it('each vintage is a Report based on a Dataset whose downloads include the data package and the long CSV', () => {
    for (const v of vintages) {
      const graph = (JSON.parse(jsonLd(vintageMetadata(v.id, site))) as { '@graph': Record<string, any>[] })['@graph'];
      const report = graph.find((n) => n['@type'] === 'Report')!;
      const dataset = graph.find((n) => n['@type'] === 'Dataset')!;
      expect(report).toMatchObject({ datePublished: v.meta.published, version: v.id, url: `https://example.org/v/${v.id}/`, isBasedOn: { '@id': dataset['@id'] } });
      expect(dataset.license).toBe(credits().licence!.path);
      expect(dataset.description.length).toBeGreaterThanOrEqual(50);
      const urls = (dataset.distribution as { contentUrl: string }[]).map((d) => d.contentUrl);
      expect(urls).toEqual(expect.arrayContaining([`https://example.org/data/${v.id}/datapackage.json`, `https://example.org/data/${v.id}/series.csv`]));
    }
  });
});
