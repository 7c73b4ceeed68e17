import { isSeriesNode, listAssumptions } from '../data/assumptions';
import type { AssumptionsDoc } from '../data/schema';
import { quantileOf } from '../model/uncertainty/distributions';

/** One assumption a report lets readers move on the explore page (declared by the report, engine-agnostic). */
export interface ExplorableAssumption {
  /** Short name used in the page URL, e.g. "learningRate" → ?learningRate=0.12. Letters, digits, "-" or "_". */
  id: string;
  /** Dotted assumption path, the same as `npm run model -- --set <path>=…`. */
  assumption: string;
  /** Control step, in the control's own terms (the value, or the multiplier of a series). */
  step: number;
  /** Label shown beside the control; defaults to the assumption's label. */
  label?: string;
  /** Explicit [min, max]; by default the central 99% of the assumption's distribution, snapped outward to the step. */
  range?: [number, number];
}

/** A resolved control: everything the page and the browser need to draw and apply it. */
export interface Control {
  id: string;
  assumption: string;
  label: string;
  /** The assumption's unit as written in the data ("fraction", "year", "USD" …). */
  unit: string;
  /** 'value': the control sets the number; 'scale': it multiplies every year of a series (base 1). */
  kind: 'value' | 'scale';
  min: number;
  max: number;
  step: number;
  /** The published value (or 1 for a series multiplier). */
  base: number;
}

/** Decimals a step is written with (0.25 → 2), so values print as 2027.25 and never as 2027.2500000000002. */
export const stepDecimals = (step: number) => (String(step).split('.')[1] ?? '').length;

/** Rounds to the step grid counted from `min`, with floating-point noise removed. */
export function snap(value: number, control: Pick<Control, 'min' | 'step'>): number {
  const n = Math.round((value - control.min) / control.step);
  return Number((control.min + n * control.step).toFixed(stepDecimals(control.step)));
}

class ExplorableError extends Error {}

/**
 * Resolves a report's explorable list against a vintage's assumptions: label, unit, range and base value.
 * An unknown path, a duplicate id, or an assumption with neither a distribution nor a stated range is an
 * error naming the entry, so a report cannot publish a control that does nothing or has no honest range.
 */
export function resolveControls(doc: AssumptionsDoc, explorable: readonly ExplorableAssumption[], where = 'explorable'): Control[] {
  const nodes = new Map(listAssumptions(doc).map((a) => [a.id, a.node]));
  const seen = new Set<string>();
  return explorable.map((e, i) => {
    const at = `${where}[${i}] (${e.id})`;
    if (!/^[A-Za-z][\w-]*$/.test(e.id)) throw new ExplorableError(`${at}: expected an id of letters, digits, "-" or "_", got "${e.id}"`);
    if (seen.has(e.id)) throw new ExplorableError(`${at}: the id "${e.id}" is used twice`);
    seen.add(e.id);
    if (!(e.step > 0)) throw new ExplorableError(`${at}: expected a positive step, got ${e.step}`);
    const node = nodes.get(e.assumption);
    if (!node) throw new ExplorableError(`${at}: unknown assumption "${e.assumption}"`);
    const kind = isSeriesNode(node) ? 'scale' : 'value';
    const base = kind === 'scale' ? 1 : (node as { value: number }).value;
    let range = e.range;
    if (!range) {
      const d = node.distribution;
      if (!d) throw new ExplorableError(`${at}: "${e.assumption}" has no distribution; give the control a range`);
      // A series or a relative scalar's distribution is a multiplier of the point value.
      const factor = kind === 'value' && d.relative ? base : 1;
      const centre = kind === 'value' && !d.relative ? base : 1;
      const lo = quantileOf(d, 0.005, centre) * factor;
      const hi = quantileOf(d, 0.995, centre) * factor;
      const support = [quantileOf(d, 0, centre) * factor, quantileOf(d, 1 - 1e-12, centre) * factor];
      const decimals = stepDecimals(e.step);
      const down = Number((Math.floor(lo / e.step + 1e-9) * e.step).toFixed(decimals));
      const up = Number((Math.ceil(hi / e.step - 1e-9) * e.step).toFixed(decimals));
      range = [Math.max(down, Number(support[0]!.toFixed(decimals))), Math.min(up, Number(support[1]!.toFixed(decimals)))];
    }
    const [min, max] = range;
    if (!(min < max)) throw new ExplorableError(`${at}: expected a range with min < max, got [${min}, ${max}]`);
    if (base < min || base > max) throw new ExplorableError(`${at}: the published value ${base} lies outside the range [${min}, ${max}]`);
    return { id: e.id, assumption: e.assumption, label: e.label ?? node.label, unit: node.unit, kind, min, max, step: e.step, base };
  });
}

/** A setting as the page shows it: "35%", "×1.10", "2030.25", "0.80×". */
export function formatSetting(c: Pick<Control, 'kind' | 'unit' | 'step'>, value: number): string {
  const decimals = stepDecimals(c.step);
  if (c.kind === 'scale') return `×${value.toFixed(Math.max(2, decimals))}`;
  const unit = c.unit.toLowerCase();
  if (unit.startsWith('fraction')) return `${(value * 100).toFixed(Math.max(0, decimals - 2))}%`;
  if (unit === 'year') return String(Number(value.toFixed(decimals)));
  if (unit === 'ratio') return `${value.toFixed(decimals)}×`;
  return `${value.toFixed(decimals)} ${c.unit}`;
}
