/**
 * Charts written as Vega-Lite spec files, no TypeScript: a report names a folder of `<id>.vl.json`
 * files; a spec's `data: {"name": "<table>"}` (top level or in any layer) names a table of the
 * report's catalog, and the file is then drawn like every built-in figure. The title comes from the
 * spec's `title` (its subtitle carries the units), the text alternative from `description`, the
 * caption from `usermeta.caption` (default: the description).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compile } from 'vega-lite';
import { DataError, toPointer, type Problem } from '../data/errors';
import { parseJsonFile, type LocatedJson } from '../data/json';
import { closest } from '../lib/suggest';
import type { TableCatalog } from './tables';
import type { ChartContext, ChartData, ChartDefinition, SpecBody } from './types';
import { validateVegaLite } from './vega-lite-schema';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };
const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

const didYouMean = (input: string, known: Iterable<string>) => {
  const guess = closest(input, known);
  return guess ? `; did you mean "${guess}"?` : '';
};

/** Every `data: {"name": …}` in the spec, with where it is. */
function namedData(spec: Json, path: (string | number)[] = []): { name: string; path: (string | number)[] }[] {
  if (Array.isArray(spec)) return spec.flatMap((v, i) => namedData(v, [...path, i]));
  if (!isObject(spec)) return [];
  const found: { name: string; path: (string | number)[] }[] = [];
  for (const [k, v] of Object.entries(spec)) {
    if (k === 'data' && isObject(v) && typeof v.name === 'string') found.push({ name: v.name, path: [...path, 'data', 'name'] });
    else if (k !== 'data') found.push(...namedData(v, [...path, k]));
  }
  return found;
}

/** Field names that transforms create (calculate, fold, aggregate, window, …): they exist only inside the spec. */
function derivedFields(spec: Json, out = new Set<string>()): Set<string> {
  if (Array.isArray(spec)) spec.forEach((v) => derivedFields(v, out));
  else if (isObject(spec)) {
    for (const [k, v] of Object.entries(spec)) {
      if (k === 'as') (Array.isArray(v) ? v : [v]).forEach((a) => typeof a === 'string' && out.add(a));
      if (k === 'fold' && !('as' in spec)) ['key', 'value'].forEach((a) => out.add(a));
      if (k === 'data' && isObject(v) && 'sequence' in v) out.add(isObject(v.sequence) && typeof v.sequence.as === 'string' ? v.sequence.as : 'data');
      if (k === 'data' && isObject(v) && Array.isArray(v.values)) {
        for (const row of v.values) {
          if (isObject(row)) Object.keys(row).forEach((f) => out.add(f));
          else out.add('data');
        }
      }
      derivedFields(v, out);
    }
  }
  return out;
}

/** Every `field` a channel, sort or predicate reads, with where it is. */
function fieldReferences(spec: Json, path: (string | number)[] = []): { field: string; path: (string | number)[] }[] {
  if (Array.isArray(spec)) return spec.flatMap((v, i) => fieldReferences(v, [...path, i]));
  if (!isObject(spec)) return [];
  const found: { field: string; path: (string | number)[] }[] = [];
  for (const [k, v] of Object.entries(spec)) {
    if (k === 'data') continue;
    if (k === 'field' && typeof v === 'string') found.push({ field: v, path: [...path, k] });
    else if ((k === 'groupby' || k === 'fields') && Array.isArray(v))
      v.forEach((f, i) => typeof f === 'string' && found.push({ field: f, path: [...path, k, i] }));
    else found.push(...fieldReferences(v, [...path, k]));
  }
  return found;
}

/** A field path's top-level name: "a.b" reads field a; "a\\.b" is the field "a.b". */
const topField = (field: string) => field.split(/(?<!\\)\./)[0]!.replace(/\\(.)/g, '$1');

/** Replaces every named dataset with the table's rows; the top-level one is left for the renderer. */
function bindTables(spec: Json, tables: Map<string, ChartData>, top: boolean): Json {
  if (Array.isArray(spec)) return spec.map((v) => bindTables(v, tables, false));
  if (!isObject(spec)) return spec;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(spec)) {
    if (k === 'data' && top) continue;
    if (k === 'data' && isObject(v) && typeof v.name === 'string' && tables.has(v.name)) out[k] = { values: tables.get(v.name)!.rows as Json };
    else out[k] = k === 'data' ? v : bindTables(v, tables, false);
  }
  return out;
}

export interface SpecFile {
  id: string;
  file: string;
  spec: JsonObject;
  json: LocatedJson;
}

/** Reads a spec file, checking its JSON syntax and that it is a Vega-Lite spec; no table checks yet. */
export function readSpecFile(file: string, displayRoot = process.cwd()): SpecFile {
  const shown = relative(displayRoot, file) || file;
  const json = parseJsonFile(shown, readFileSync(file));
  const id = file.replace(/^.*\//, '').replace(/\.vl\.json$/, '');
  const problem = (path: (string | number)[], message: string): Problem => ({ file: shown, pointer: toPointer(path), ...json.locate(path), message });
  if (!isObject(json.value)) throw new DataError([problem([], 'expected a Vega-Lite spec (a JSON object)')]);
  const spec = json.value;
  const problems: Problem[] = [];
  const titleText = isObject(spec.title) ? spec.title.text : spec.title;
  if (typeof titleText !== 'string' || titleText.trim() === '')
    problems.push(problem(['title'], 'expected a title: the finding the chart shows, e.g. "Sales double by 2030"'));
  if (typeof spec.description !== 'string' || spec.description.trim() === '')
    problems.push(problem(['description'], 'expected a description: what the chart shows, for readers who cannot see it'));
  const invalid = validateVegaLite(spec);
  if (invalid)
    problems.push(
      problem(invalid.path, `not a valid Vega-Lite spec: ${invalid.message}${invalid.allowed ? didYouMean(String(invalid.value), invalid.allowed) : ''}`),
    );
  if (problems.length) throw new DataError(problems);
  return { id, file: shown, spec, json };
}

/** Checks a spec's table names and fields against one vintage's tables; returns the tables it uses. */
function resolveTables(s: SpecFile, catalog: TableCatalog, ctx: ChartContext): Map<string, ChartData> {
  const problem = (path: (string | number)[], message: string): Problem => ({ file: s.file, pointer: toPointer(path), ...s.json.locate(path), message });
  const problems: Problem[] = [];
  const tables = new Map<string, ChartData>();
  const named = namedData(s.spec);
  if (!isObject(s.spec.data) || typeof s.spec.data.name !== 'string')
    problems.push(problem(['data'], `expected data: {"name": "<table>"} naming one of the report's tables (${catalog.names().slice(0, 6).join(', ')}, …)`));
  for (const { name, path } of named) {
    const table = catalog.get(name, ctx);
    if (table) tables.set(name, table);
    else problems.push(problem(path, `unknown table "${name}"${didYouMean(name, catalog.names())}`));
  }
  if (problems.length === 0) {
    const known = new Set([...[...tables.values()].flatMap((t) => t.columns.map((c) => c.key)), ...derivedFields(s.spec)]);
    // A pivot makes columns from data values: no field list can be checked before it runs.
    const pivots = JSON.stringify(s.spec).includes('"pivot"');
    for (const { field, path } of pivots ? [] : fieldReferences(s.spec)) {
      if (!known.has(topField(field)))
        problems.push(problem(path, `unknown field "${field}"${didYouMean(field, known)}; the table's fields are its CSV column headers`));
    }
  }
  if (problems.length) throw new DataError(problems);
  try {
    compile(bindTables(s.spec, tables, false) as never);
  } catch (e) {
    throw new DataError([problem([], `Vega-Lite cannot compile this spec: ${(e as Error).message}`)]);
  }
  return tables;
}

/** A figure drawn from a spec file. */
export function specFileChart(s: SpecFile, catalog: TableCatalog): ChartDefinition {
  const title = isObject(s.spec.title) ? String(s.spec.title.text) : String(s.spec.title);
  const subtitle = isObject(s.spec.title) && typeof s.spec.title.subtitle === 'string' ? s.spec.title.subtitle : undefined;
  const description = String(s.spec.description);
  const caption = isObject(s.spec.usermeta) && typeof s.spec.usermeta.caption === 'string' ? s.spec.usermeta.caption : description;
  const topTable = isObject(s.spec.data) ? String(s.spec.data.name) : '';
  const { title: _t, description: _d, $schema: _s, ...body } = s.spec;
  return {
    id: s.id,
    title,
    ...(subtitle ? { subtitle } : {}),
    caption: () => caption,
    description: () => description,
    drawsTable: topTable,
    available: (ctx) => namedData(s.spec).every(({ name }) => catalog.get(name, ctx) !== undefined),
    data: (ctx) => resolveTables(s, catalog, ctx).get(topTable)!,
    spec: (ctx): SpecBody => bindTables(body, resolveTables(s, catalog, ctx), true) as SpecBody,
  };
}

/** Every `*.vl.json` in a folder, sorted by name; a missing folder has none. */
export function loadSpecCharts(dir: string, catalog: TableCatalog): ChartDefinition[] {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.vl.json'))
      .sort();
  } catch {
    return [];
  }
  const problems: Problem[] = [];
  const charts: ChartDefinition[] = [];
  for (const f of files) {
    try {
      charts.push(specFileChart(readSpecFile(join(dir, f)), catalog));
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
      problems.push(...e.problems);
    }
  }
  if (problems.length) throw new DataError(problems);
  return charts;
}
