import type { ChartContext, ChartData } from './types';

/**
 * The tables a report publishes for charts written as spec files: each has a name a spec's
 * `data: {"name": …}` refers to, and rows computed from the model. A table's fields are its column
 * labels, the same headers its CSV download carries, so a spec made in the Vega Editor from the CSV
 * works unchanged once its data names the table.
 */
export interface TableCatalog {
  names(): string[];
  /** The table's rows for one vintage, keyed by column label; undefined when the name is unknown. */
  get(name: string, ctx: ChartContext): ChartData | undefined;
  /**
   * The same table keyed as the report declares it: what the lock records for a figure drawn from it, so the
   * field names a spec uses never count as a change of published numbers.
   */
  declared(name: string, ctx: ChartContext): ChartData | undefined;
}

/** A table keyed by column label instead of column key, as its CSV reads. Pure. */
function byLabel(data: ChartData): ChartData {
  return {
    columns: data.columns.map((c) => ({ ...c, key: c.label })),
    rows: data.rows.map((r) => Object.fromEntries(data.columns.map((c) => [c.label, r[c.key] ?? null]))),
  };
}

/** A catalog from named table builders. */
export function tableCatalog(tables: ReadonlyMap<string, (ctx: ChartContext) => ChartData | undefined>): TableCatalog {
  return {
    names: () => [...tables.keys()],
    get: (name, ctx) => {
      const data = tables.get(name)?.(ctx);
      return data ? byLabel(data) : undefined;
    },
    declared: (name, ctx) => tables.get(name)?.(ctx),
  };
}
