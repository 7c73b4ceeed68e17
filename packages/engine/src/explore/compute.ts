import { writeOverrides } from '../data/override-write';
import type { AssumptionsDoc, Override } from '../data/schema';
import type { Control } from './controls';
import type { Settings } from './state';
import type { Unit } from '../format';

/** A number the explorer shows: a named fact of the report, as its facts registry formats it. */
export interface ShownFact {
  name: string;
  value: number | null;
  text: string;
}

/** How a fact reads on the page: an event that does not happen within the horizon reads "none by <year>". */
export const factText = (f: Pick<ShownFact, 'value' | 'text'>, lastYear: number) => (f.value === null ? `none by ${lastYear}` : f.text);

/** The parts of a report's model the explorer runs; the build uses the very same functions. */
export interface ExplorerModel<Inputs = unknown, Results = unknown> {
  toInputs(doc: AssumptionsDoc): Inputs;
  run(inputs: Inputs): Results;
  facts(results: Results, inputs: Inputs): { get(name: string): { value: number | null; text: string } };
}

/** What a report shows on its explore page: the headline facts and the one series the chart draws. */
export interface ExplorerView {
  /** Fact names shown as headline numbers, e.g. a CAGR, a final-year total, an event year. */
  headline: readonly string[];
  /** The forecast chart: a yearly series of the model results (also the name of its Monte Carlo band). */
  chart: {
    /** Dotted path in the model results, e.g. "total.revenueUsd". */
    series: string;
    title: string;
    unit: Unit;
  };
}

export interface Exploration {
  headline: ShownFact[];
  series: number[];
}

/** Overrides for settings, in `npm run model -- --set` terms: a value, or a multiplier of a series. */
export function overridesFor(controls: readonly Control[], settings: Settings): Record<string, Override> {
  const out: Record<string, Override> = {};
  for (const c of controls) {
    const v = settings[c.id];
    if (v === undefined || v === c.base) continue;
    out[c.assumption] = c.kind === 'scale' ? { scale: v } : v;
  }
  return out;
}

/** The `--set` arguments of the CLI for the same settings, so a reader can reproduce a scenario offline. */
export function setArguments(controls: readonly Control[], settings: Settings): string[] {
  return Object.entries(overridesFor(controls, settings)).map(([path, o]) => `${path}=${typeof o === 'number' ? o : 'scale' in o ? `*${o.scale}` : ''}`);
}

/** Reads a dotted path ("total.revenueUsd") from model results. */
export function seriesAt(results: unknown, path: string): number[] {
  let o: unknown = results;
  for (const k of path.split('.')) o = (o as Record<string, unknown> | undefined)?.[k];
  if (!Array.isArray(o)) throw new Error(`model results have no series "${path}"`);
  return o as number[];
}

/** Runs the report's model on its published assumptions with overrides applied. Pure; `doc` is not changed. */
export function runWith(model: ExplorerModel, view: ExplorerView, doc: AssumptionsDoc, overrides: Record<string, Override>): Exploration {
  const copy = structuredClone(doc);
  const problems = writeOverrides(copy, overrides, (path) => ({ file: 'explorer', pointer: `/${path}` }));
  if (problems.length) throw new Error(problems.map((p) => p.message).join('; '));
  const inputs = model.toInputs(copy);
  const results = model.run(inputs);
  const facts = model.facts(results, inputs);
  return {
    headline: view.headline.map((name) => {
      const f = facts.get(name);
      return { name, value: f.value, text: f.text };
    }),
    series: seriesAt(results, view.chart.series),
  };
}

/** The explorer's computation for a reader's settings: the same model run as `npm run model -- --set …`. */
export function explore(model: ExplorerModel, view: ExplorerView, doc: AssumptionsDoc, controls: readonly Control[], settings: Settings): Exploration {
  return runWith(model, view, doc, overridesFor(controls, settings));
}
