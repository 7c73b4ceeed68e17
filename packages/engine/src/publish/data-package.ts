import { createHash } from 'node:crypto';
import type { ChartData, Column } from '../charts/types';

/**
 * A Frictionless Data Package (v1) describing a vintage's downloads: a Table Schema for every CSV (fields,
 * types, units), the vintage's sources and the report's licence. Analysts' tools (frictionless-py, pandas via
 * the schema, Excel with the long CSV) read the files without guessing.
 */

/** A Data Package licence: an Open Definition id, a URL, or both (the spec asks for at least one). */
export interface Licence {
  /** e.g. "CC-BY-4.0". */
  name?: string;
  path?: string;
  title: string;
}

export interface PackageSource {
  title: string;
  path?: string;
}

export type PackageFile =
  | { kind: 'json'; name: string; path: string; title: string; description: string; body: string }
  | { kind: 'csv'; name: string; path: string; title: string; description: string; body: string; data: ChartData; fieldDescriptions?: Record<string, string> };

export interface PackageInput {
  name: string;
  title: string;
  description: string;
  /** The vintage id, e.g. "2026-11". */
  version: string;
  /** Publication date of the vintage (ISO 8601 date); the only date in the file, so builds stay reproducible. */
  created: string;
  homepage: string;
  licences: Licence[];
  contributors: { title: string; role: string }[];
  sources: PackageSource[];
  files: PackageFile[];
}

/** Data Package names: lower-case letters, digits, "-", "_", ".". */
export const packageName = (text: string) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** Formatter units as readers know them. */
const UNIT_NAMES: Record<string, string> = { usd: 'USD', fraction: 'fraction (0–1)', growth: 'fraction per year (0–1)', year: 'year', count: 'count', watts: 'W', ratio: 'ratio' };

type FieldType = 'integer' | 'number' | 'string';

function fieldType(data: ChartData, key: string): FieldType {
  const values = data.rows.map((r) => r[key]).filter((v) => v !== null && v !== undefined && v !== '');
  if (values.length > 0 && values.every((v) => typeof v === 'number' && Number.isInteger(v))) return 'integer';
  if (values.length > 0 && values.every((v) => typeof v === 'number')) return 'number';
  return 'string';
}

/** A Table Schema for a CSV written by toCsv: one field per column, named by its header. */
export function tableSchemaOf(data: ChartData, descriptions: Record<string, string> = {}) {
  return {
    fields: data.columns.map((c: Column) => ({
      name: c.label,
      type: fieldType(data, c.key),
      ...(descriptions[c.key] ? { description: descriptions[c.key] } : {}),
      ...(c.unit ? { unit: UNIT_NAMES[c.unit] ?? c.unit } : {}),
    })),
    // toCsv writes a missing number as an empty field.
    missingValues: [''],
  };
}

const sha256 = (body: string) => `sha256:${createHash('sha256').update(body, 'utf8').digest('hex')}`;

export function dataPackage(input: PackageInput) {
  return {
    profile: 'data-package',
    name: input.name,
    title: input.title,
    description: input.description,
    version: input.version,
    // The spec wants a date-time; the vintage has a date, so midnight UTC of that day (no build timestamp).
    created: `${input.created}T00:00:00Z`,
    homepage: input.homepage,
    ...(input.licences.length ? { licenses: input.licences } : {}),
    contributors: input.contributors,
    sources: input.sources,
    resources: input.files.map((f) => {
      const common = { name: f.name, path: f.path, title: f.title, description: f.description, bytes: Buffer.byteLength(f.body, 'utf8'), hash: sha256(f.body) };
      return f.kind === 'json'
        ? { ...common, profile: 'data-resource', format: 'json', mediatype: 'application/json', encoding: 'utf-8' }
        : {
            ...common,
            profile: 'tabular-data-resource',
            format: 'csv',
            mediatype: 'text/csv',
            encoding: 'utf-8',
            dialect: { delimiter: ',', lineTerminator: '\r\n', header: true, doubleQuote: true },
            schema: tableSchemaOf(f.data, f.fieldDescriptions),
          };
    }),
  };
}
