import Ajv from 'ajv';
import { parse } from 'csv-parse/sync';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartCsv, dataPackageJson, publishedVintageIds, seriesCsv, VINTAGE_FILES, vintageFile, type VintageFile } from '../../../packages/engine/src/report/downloads';
import { getReport } from '../../../packages/engine/src/report/context';

/**
 * Each vintage's datapackage.json against the published Frictionless JSON Schemas (Data Package, Tabular Data
 * Resource, Table Schema; tests/fixtures/frictionless/), and against the files it describes.
 */
const profile = (name: string) => {
  const schema = JSON.parse(readFileSync(`tests/fixtures/frictionless/${name}.json`, 'utf8'));
  delete schema.$schema; // draft-04; nothing in these profiles reads differently under ajv's default draft
  const ajv = new Ajv({ strict: false, allErrors: true });
  // The formats these profiles use (ajv ships none): RFC 3339 date-time, absolute URI, e-mail; "textarea" is a UI hint.
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  ajv.addFormat('uri', { validate: (s: string) => URL.canParse(s) && /^[a-z][a-z0-9+.-]*:/i.test(s) });
  ajv.addFormat('email', /^[^@\s]+@[^@\s]+$/);
  ajv.addFormat('textarea', true);
  return ajv.compile(schema);
};
const validatePackage = profile('data-package');
const validateTabular = profile('tabular-data-resource');
const validateTableSchema = profile('table-schema');

type Field = { name: string; type: string; unit?: string };
type Resource = { name: string; path: string; profile: string; bytes: number; hash: string; schema?: { fields: Field[] } };

async function body(vintage: string, path: string): Promise<string> {
  if (path === 'series.csv') return seriesCsv(vintage);
  const chart = /^charts\/(.+)\.csv$/.exec(path);
  if (chart) return chartCsv(vintage, chart[1]!);
  expect(VINTAGE_FILES).toContain(path);
  return vintageFile(vintage, path as VintageFile);
}

const vintages = publishedVintageIds();

describe('publish/data package of every vintage', () => {
  it('the site publishes vintages', () => expect(vintages.length).toBeGreaterThanOrEqual(1));

  for (const vintage of vintages) {
    it(`${vintage}: valid against the Data Package, Tabular Data Resource and Table Schema profiles`, async () => {
      const pkg = JSON.parse(await dataPackageJson(vintage, new URL('https://example.org/')));
      expect(validatePackage(pkg), JSON.stringify(validatePackage.errors)).toBe(true);
      // The CPO report's licence, CC BY 4.0 with its URL, becomes an Open Definition id and a path.
      expect(pkg.licenses).toEqual([{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'CC BY 4.0' }]);
      expect(pkg.version).toBe(vintage);
      expect(pkg.sources.length).toBe(getReport(vintage).vintage.sources.length);
      const tabular = (pkg.resources as Resource[]).filter((r) => r.profile === 'tabular-data-resource');
      expect(tabular.length).toBeGreaterThan(3);
      for (const r of tabular) {
        expect(validateTabular(r), `${r.name}: ${JSON.stringify(validateTabular.errors)}`).toBe(true);
        expect(validateTableSchema(r.schema), `${r.name}: ${JSON.stringify(validateTableSchema.errors)}`).toBe(true);
      }
    });

    it(`${vintage}: every resource's size, hash, header and field types match the file served`, async () => {
      const pkg = JSON.parse(await dataPackageJson(vintage, new URL('https://example.org/')));
      const resources = pkg.resources as Resource[];
      expect(resources.map((r) => r.path)).toEqual(expect.arrayContaining(['series.csv', ...VINTAGE_FILES]));
      for (const r of resources) {
        const text = await body(vintage, r.path);
        expect(r.bytes, r.path).toBe(Buffer.byteLength(text));
        expect(r.hash, r.path).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`);
        if (!r.schema) continue;
        const [header, ...rows] = parse(text) as string[][];
        expect(header, r.path).toEqual(r.schema.fields.map((f) => f.name));
        expect(rows.length, r.path).toBeGreaterThan(0);
        r.schema.fields.forEach((f, c) => {
          const cells = rows.map((row) => row[c]!).filter((x) => x !== '');
          if (f.type === 'integer') expect(cells.every((x) => /^-?\d+$/.test(x)), `${r.path} ${f.name}`).toBe(true);
          if (f.type === 'number') expect(cells.every((x) => Number.isFinite(Number(x))), `${r.path} ${f.name}`).toBe(true);
        });
      }
    });
  }

  it('the long-form CSV holds every model series of the vintage, one row per series, segment and year', () => {
    const vintage = vintages[vintages.length - 1]!;
    const [header, ...rows] = parse(seriesCsv(vintage)) as string[][];
    expect(header).toEqual(['vintage', 'series', 'segment', 'year', 'value', 'unit']);
    const { results } = getReport(vintage);
    const revenue = rows.filter((r) => r[1] === 'cpoRevenueUsd' && r[2] === 'total');
    expect(revenue.map((r) => Number(r[3]))).toEqual(results.years);
    expect(revenue.map((r) => Number(r[4]))).toEqual(results.total.cpoRevenueUsd);
    expect(new Set(revenue.map((r) => r[5]))).toEqual(new Set(['USD']));
    const keys = rows.map((r) => `${r[1]}|${r[2]}|${r[3]}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(rows.every((r) => r[0] === vintage && r[5] !== '')).toBe(true);
  });
});
