import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHART_HEIGHT, CHART_WIDTH, type ChartData, type SpecBody } from '@forecast-report/engine';
import type { Results } from '../model/types';
import type { Figure } from './context';

/**
 * Figures written as plain Vega-Lite files (`charts/<id>.vl.json`, no TypeScript): the spec's
 * `data: {"name": "<table>"}` names a table of src/tables.ts, its `title` and `description` become the figure's,
 * and `usermeta.caption` its caption. The engine's contract declares `tables` and a spec folder for exactly this;
 * until its loader lands, this adapter turns the files into ordinary figures.
 */
export function specFigures(dir: string, tables: Record<string, (r: Results) => ChartData>): Figure[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.vl.json'))
    .sort()
    .map((file) => {
      const where = join(dir, file);
      const spec = JSON.parse(readFileSync(where, 'utf8')) as Record<string, unknown> & {
        title?: unknown;
        description?: unknown;
        data?: { name?: unknown };
        usermeta?: { caption?: unknown };
      };
      const fail = (pointer: string, message: string) => new Error(`${where}#${pointer}: ${message}`);
      if (typeof spec.title !== 'string') throw fail('/title', 'expected the figure title as text');
      if (typeof spec.description !== 'string') throw fail('/description', 'expected a description of what the chart shows (its text alternative)');
      const name = spec.data?.name;
      if (typeof name !== 'string') throw fail('/data/name', `expected the name of a published table: ${Object.keys(tables).join(', ')}`);
      const table = tables[name];
      if (!table) throw fail('/data/name', `unknown table "${name}"; the model publishes ${Object.keys(tables).map((t) => `"${t}"`).join(', ')}`);
      const { $schema: _schema, title, description, data: _data, usermeta, ...body } = spec;
      const caption = typeof usermeta?.caption === 'string' ? usermeta.caption : description;
      return {
        id: file.slice(0, -'.vl.json'.length),
        title,
        caption: () => caption,
        description: () => description,
        data: (ctx) => table(ctx.results),
        // The page's chart size unless the file sets its own, so a spec file reads like the built-in figures.
        spec: () => ({ width: CHART_WIDTH, height: CHART_HEIGHT, ...body }) as SpecBody,
      } satisfies Figure;
    });
}
