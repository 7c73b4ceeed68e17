import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { OutputProblem } from './site';

type Row = Record<string, unknown>;

/** A CSV cell shows a data value: numbers at full precision, text as is (or with the ' that defuses a formula). */
export function cellShows(cell: string, value: unknown): boolean {
  if (value === null || value === undefined) return cell === '';
  if (typeof value === 'number') return Number.isFinite(value) ? cell !== '' && Number(cell) === value : cell === '';
  const text = String(value);
  return cell === text || (/^[=+\-@\t\r]/.test(text) && cell === `'${text}`);
}

/**
 * Parses a figure's CSV and compares it with the data inlined in its Vega-Lite spec (data.values): same number of
 * rows, and every column equal, row by row, to one field of the spec's data.
 */
export function checkChartCsv(dir: string, csvFile: string): OutputProblem[] {
  const specFile = csvFile.replace(/\.csv$/, '.vl.json');
  const problem = (message: string, line?: number): OutputProblem[] => [{ file: csvFile, line, message }];
  if (!existsSync(join(dir, specFile))) return problem(`no Vega-Lite spec ${specFile} to compare with`);

  let records: string[][];
  try {
    records = parse(readFileSync(join(dir, csvFile)), { bom: true, relax_column_count: false, skip_empty_lines: false });
  } catch (e) {
    return problem(`not valid CSV: ${(e as Error).message}`);
  }
  const [header, ...rows] = records;
  if (!header) return problem('empty file; expected a header row');
  const values = (JSON.parse(readFileSync(join(dir, specFile), 'utf8')) as { data?: { values?: Row[] } }).data?.values;
  if (!Array.isArray(values)) return problem(`${specFile} has no inline data.values to compare with`);
  if (rows.length !== values.length) return problem(`${rows.length} data rows, but the chart has ${values.length}`);

  const keys = [...new Set(values.flatMap((v) => Object.keys(v)))];
  const problems: OutputProblem[] = [];
  header.forEach((label, j) => {
    const key = keys.find((k) => rows.every((row, i) => cellShows(row[j]!, values[i]![k])));
    if (key === undefined) {
      const firstBad = (k: string) => rows.findIndex((row, i) => !cellShows(row[j]!, values[i]![k]));
      const hint = keys.map((k) => ({ k, i: firstBad(k) })).sort((a, b) => b.i - a.i)[0];
      problems.push({
        file: csvFile,
        line: hint ? hint.i + 2 : 1,
        message: `column ${JSON.stringify(label)} matches no field of the chart data${hint ? ` (closest: "${hint.k}", which differs at row ${hint.i + 1}: ${JSON.stringify(rows[hint.i]![j])} vs ${JSON.stringify(values[hint.i]![hint.k])})` : ''}`,
      });
    }
  });
  return problems;
}
