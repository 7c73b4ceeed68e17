import type { Unit } from '../format';
import type { FactRegistry } from '../model/facts';
import type { Attribution } from '../model/attribution';
import type { TimelineEvent } from '../data/schema';

/** A Vega-Lite view or layer spec, minus top-level data, title, description and config. */
export type SpecBody = Record<string, unknown>;

export type Cell = string | number | null;
export type Row = Record<string, Cell>;

export interface Column {
  key: string;
  label: string;
  /** How numbers in this column are formatted in the HTML table; absent for text columns. */
  unit?: Unit;
}

/** A figure's data, in the tidy (long) form the spec plots and the CSV publishes. */
export interface ChartData {
  columns: Column[];
  rows: Row[];
}

/**
 * What a figure is drawn from. `R` is the report's model results, `U` its uncertainty results (see the report's
 * uncertainty hooks); both default to `any` so the engine stays ignorant of them.
 */
export interface ChartContext<R = any, U = any> {
  results: R;
  facts: FactRegistry;
  /** Dated vendor and standards events of the vintage (not model results); absent or empty when it has none. */
  timeline?: readonly TimelineEvent[];
  /** Monte Carlo bands, sensitivity and scenarios, for the figures that show uncertainty. */
  uncertainty?: U;
  /** Only for revision figures (charts/figures/revisions.ts): the vintage compared against and why it moved. */
  revision?: RevisionChartContext<R>;
}

export interface RevisionChartContext<R = any> {
  previousId: string;
  currentId: string;
  /** How each vintage is named in legends, e.g. "May 2026 forecast". */
  previousName: string;
  currentName: string;
  previousResults: R;
  /** Absent when the target year is outside either horizon. */
  attribution?: Attribution;
  targetYear?: number;
}

/** One registered figure: everything about it derives from model results. */
export interface ChartDefinition<R = any, U = any> {
  id: string;
  title: string;
  /** One or two sentences shown under the figure. */
  caption(ctx: ChartContext<R, U>): string;
  /** Text alternative: what the chart shows, including its main numbers. */
  description(ctx: ChartContext<R, U>): string;
  data(ctx: ChartContext<R, U>): ChartData;
  /**
   * The Vega-Lite spec without data values or theme; the renderer adds both. Typed loosely because
   * vega-lite's TopLevelSpec union does not survive Omit; every spec is checked against the
   * Vega-Lite JSON Schema in the tests instead.
   */
  spec(ctx: ChartContext<R, U>): SpecBody;
  /** Optional wide layout of the HTML table (e.g. one row per year); defaults to the tidy rows. */
  table?(data: ChartData): ChartData;
  /**
   * Whether a vintage has the data this figure needs (default: yes). A figure that relies on an optional
   * file of a vintage says so here; archive pages (/v/<id>/) and downloads skip it for vintages without it.
   */
  available?(ctx: ChartContext<R, U>): boolean;
}
