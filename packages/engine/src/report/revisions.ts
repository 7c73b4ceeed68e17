/**
 * What changed between two forecast vintages, and why: changed assumptions, changed headline facts,
 * new sources, and the attribution of the change in the target year's value of the report's revision series to each changed
 * assumption. Pure: takes loaded vintages, does no I/O.
 */
import { isSeriesNode, listAssumptions, type AssumptionNode } from '../data/assumptions';
import { yearsOf } from '../data/inputs';
import type { Vintage } from '../data/load';
import type { AssumptionsDoc, Source } from '../data/schema';
import { customUnits, formatValue, type Unit } from '../format';
import { formatChange, formatSigned } from '../format/change';
import { attribute, type Attribution, type AttributionStep } from '../model/attribution';
import type { FactRegistry, Fact } from '../model/facts';
import type { Report } from '../contract';
import { currentReport } from './current';

export interface AssumptionChange {
  /** Dotted assumption id, e.g. "adoption.midpointYear". */
  id: string;
  path: string[];
  label: string;
  unit: string;
  kind: 'changed' | 'added' | 'removed';
  /** Values as text; for series only the years whose value changed. */
  oldText: string;
  newText: string;
  /** Provenance of the new value (of the old one when the assumption was removed): why it changed. */
  source?: Source;
  sourceId?: string;
  rationale?: string;
}

interface FactChange {
  name: string;
  description: string;
  old: Fact;
  new: Fact;
  /** The values as shown; a missing value (e.g. an event not within the horizon) reads "none by <last year>". */
  oldText: string;
  newText: string;
  changed: boolean;
  /** new − old as text ("+$4.1B (+20%)", "+12 pp", "−1 year"), or "unchanged". */
  changeText: string;
}

export interface VintageComparison {
  previous: Vintage;
  current: Vintage;
  changes: AssumptionChange[];
  facts: FactChange[];
  sourcesAdded: Source[];
  sourcesRemoved: Source[];
  /** Horizons differ: the substitution cannot reach the new state and the gap shows in the residual. */
  horizonChanged: boolean;
  /** Year whose value of the report's revision series the waterfall explains; undefined when it is outside either horizon. */
  targetYear?: number;
  attribution?: Attribution;
}

/** Free-text assumption units mapped to the formatter's units, so values read as they do elsewhere. */
export function formatUnitFor(unit: string): Unit {
  const u = unit.toLowerCase();
  if (u === 'usd') return 'usd';
  if (u === 'year') return 'year';
  if (u.startsWith('fraction')) return 'fraction';
  // A report's own unit, when the free text is its suffix ("kWh" for a unit written " kWh").
  for (const [name, f] of Object.entries(customUnits())) if (f.suffix.trim().toLowerCase() === u) return name;
  return 'count';
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-05" → "May 2026", "2026-11-30" → "30 November 2026": how a vintage is named in prose and chart legends. */
export function vintageName(id: string): string {
  const [year, month, day] = id.split('-');
  const name = MONTHS[Number(month) - 1];
  if (!name) return id;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

function valueDiff(oldNode: AssumptionNode, newNode: AssumptionNode, unit: Unit): { changed: boolean; oldText: string; newText: string } {
  const fmt = (v: number | undefined) => (v === undefined ? '—' : formatValue(v, unit));
  if (!isSeriesNode(oldNode) || !isSeriesNode(newNode)) {
    const o = isSeriesNode(oldNode) ? undefined : oldNode.value;
    const n = isSeriesNode(newNode) ? undefined : newNode.value;
    return { changed: o !== n, oldText: fmt(o), newText: fmt(n) };
  }
  const years = [...new Set([...Object.keys(oldNode.values), ...Object.keys(newNode.values)])].sort();
  const differing = years.filter((y) => oldNode.values[y] !== newNode.values[y]);
  const text = (values: Record<string, number>) => differing.map((y) => `${y}: ${fmt(values[y])}`).join(' · ');
  return { changed: differing.length > 0, oldText: text(oldNode.values), newText: text(newNode.values) };
}

/** Every assumption whose value differs, in the new vintage's document order, then removed ones. */
export function diffAssumptions(previous: Vintage, current: Vintage): AssumptionChange[] {
  const oldById = new Map(listAssumptions(previous.assumptions).map((a) => [a.id, a]));
  const newList = listAssumptions(current.assumptions);
  const newIds = new Set(newList.map((a) => a.id));
  const provenance = (node: AssumptionNode, sources: Source[]) => ({
    ...(node.source !== undefined ? { sourceId: node.source, source: sources.find((s) => s.id === node.source) } : {}),
    ...(node.rationale !== undefined ? { rationale: node.rationale } : {}),
  });
  const out: AssumptionChange[] = [];
  for (const a of newList) {
    const unit = formatUnitFor(a.node.unit);
    const before = oldById.get(a.id);
    const base = { id: a.id, path: a.path, label: a.node.label, unit: a.node.unit, ...provenance(a.node, current.sources) };
    if (!before) {
      out.push({ ...base, kind: 'added', oldText: '—', newText: describeNode(a.node, unit) });
      continue;
    }
    const d = valueDiff(before.node, a.node, unit);
    if (d.changed) out.push({ ...base, kind: 'changed', oldText: d.oldText, newText: d.newText });
  }
  for (const [id, a] of oldById) {
    if (newIds.has(id)) continue;
    out.push({
      id,
      path: a.path,
      label: a.node.label,
      unit: a.node.unit,
      kind: 'removed',
      oldText: describeNode(a.node, formatUnitFor(a.node.unit)),
      newText: '—',
      ...provenance(a.node, previous.sources),
    });
  }
  return out;
}

function describeNode(node: AssumptionNode, unit: Unit): string {
  return isSeriesNode(node)
    ? Object.entries(node.values)
        .map(([y, v]) => `${y}: ${formatValue(v, unit)}`)
        .join(' · ')
    : formatValue(node.value, unit);
}

function nodeAt(doc: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((n, key) => (n && typeof n === 'object' ? (n as Record<string, unknown>)[key] : undefined), doc);
}

/**
 * Switches one assumption of `state` to its value in `target`, keeping `state`'s horizon: a series
 * takes the target's value for every year both documents have, and keeps its own elsewhere. An assumption
 * only `target` has is added to `state`; one `target` lacks is removed from it (the model then uses its
 * default, as it does for the vintage without it).
 */
function substitute<D>(state: D, target: D, path: readonly string[]): D {
  const next = structuredClone(state);
  const from = nodeAt(target, path) as AssumptionNode | undefined;
  const parent = nodeAt(next, path.slice(0, -1)) as Record<string, unknown> | undefined;
  const key = path[path.length - 1]!;
  const into = parent?.[key] as AssumptionNode | undefined;
  if (from === undefined) {
    if (parent) delete parent[key];
    return next;
  }
  if (into === undefined) {
    // Create the parents the target has and the state lacks.
    let node = next as Record<string, unknown>;
    for (const k of path.slice(0, -1)) node = (node[k] ??= {}) as Record<string, unknown>;
    node[key] = structuredClone(from);
    return next;
  }
  if (isSeriesNode(into) && isSeriesNode(from)) {
    for (const year of Object.keys(into.values)) if (from.values[year] !== undefined) into.values[year] = from.values[year]!;
  } else if (!isSeriesNode(into) && !isSeriesNode(from)) {
    into.value = from.value;
  }
  return next;
}

/** The report's revision series in `year` for an assumptions document. */
export function revenueIn(year: number, report: Report = currentReport()) {
  return (doc: AssumptionsDoc): number => {
    const inputs = report.toInputs(doc) as { years: number[] };
    const i = inputs.years.indexOf(year);
    if (i < 0) throw new Error(`year ${year} is outside the horizon ${inputs.years[0]}–${inputs.years[inputs.years.length - 1]}`);
    return report.revision.series(report.run(inputs))[i]!;
  };
}

/**
 * Attributes the change in the revision series' `year` value between two assumption documents. Every changed, added and removed
 * assumption gets its own step, substituted in `order` (default: document order, which follows the model from
 * demand to adoption to price; removed ones last): an added one is measured from its absence (the model's
 * default), a removed one to it. Only what no step can reach, such as a changed horizon, ends in the residual.
 * `metric` defaults to the year's revenue; a report (or a test) can pass its own.
 */
export function attributeRevision<D = AssumptionsDoc>(
  previous: D,
  current: D,
  changes: readonly Pick<AssumptionChange, 'id' | 'path' | 'label' | 'kind'>[],
  year: number,
  metric: (doc: D) => number = revenueIn(year) as unknown as (doc: D) => number,
): Attribution {
  const ordered = [...changes.filter((c) => c.kind !== 'removed'), ...changes.filter((c) => c.kind === 'removed')];
  const steps: AttributionStep<D>[] = groupByAbsentParent(ordered, previous, current).map(({ path, members }) => {
    const first = members[0]!;
    const names = members.length === 1 ? first.label : `${first.label} and ${members.length - 1} more`;
    return {
      id: members.length === 1 ? first.id : path.join('.'),
      label: first.kind === 'changed' ? names : `${names} (${first.kind})`,
      apply: (state: D) => substitute(state, current, path),
    };
  });
  return attribute(previous, current, steps, metric);
}

/**
 * Assumptions added inside a group the previous document lacks (or removed with a group the current one lacks)
 * are one step: the whole group is added or removed at once, because a model reads a group as a whole and
 * half a group is a document neither vintage could hold.
 */
function groupByAbsentParent<D, C extends Pick<AssumptionChange, 'id' | 'path' | 'label' | 'kind'>>(
  changes: readonly C[],
  previous: D,
  current: D,
): { path: readonly string[]; members: C[] }[] {
  const groups = new Map<string, { path: readonly string[]; members: C[] }>();
  for (const c of changes) {
    const lacking = c.kind === 'added' ? previous : c.kind === 'removed' ? current : undefined;
    let depth = c.path.length;
    if (lacking !== undefined) while (depth > 1 && nodeAt(lacking, c.path.slice(0, depth - 1)) === undefined) depth--;
    const path = c.path.slice(0, depth);
    const key = `${c.kind}:${path.join('\u0000')}`;
    const group = groups.get(key) ?? { path, members: [] };
    group.members.push(c);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function compareFacts(
  previous: FactRegistry,
  current: FactRegistry,
  names: readonly string[] = currentReport().revision.facts ?? currentReport().headline,
): FactChange[] {
  const shown = (f: Fact, facts: FactRegistry) => (f.value === null ? `none by ${facts.get('years.end').text}` : f.text);
  return names
    .filter((n) => previous.has(n) && current.has(n))
    .map((name) => {
      const o = previous.get(name);
      const n = current.get(name);
      const oldText = shown(o, previous);
      const newText = shown(n, current);
      const changeText =
        o.value !== null && n.value !== null
          ? formatChange(o.value, n.value, n.unit)
          : o.value === n.value
            ? 'unchanged'
            : o.value === null
              ? 'now within the horizon'
              : 'now beyond the horizon';
      return { name, description: n.description, old: o, new: n, oldText, newText, changed: oldText !== newText, changeText };
    });
}

const NUMBER_WORDS: Record<number, string> = { 1: 'One', 2: 'Two', 3: 'Three', 4: 'Four', 5: 'Five', 6: 'Six', 7: 'Seven', 8: 'Eight', 9: 'Nine', 10: 'Ten' };

/**
 * The revision in two or three plain sentences: where the target year's value of the revision series moved, and which changed
 * assumptions moved it most. Built from the same formatter as every other number on the site.
 */
export function summarizeRevision(c: VintageComparison): string {
  const before = vintageName(c.previous.id);
  const after = vintageName(c.current.id);
  const a = c.attribution;
  const unit = currentReport().revision.unit;
  const n = c.changes.length;
  const count = `${n === 0 ? 'No' : (NUMBER_WORDS[n] ?? String(n))} assumption${n === 1 ? '' : 's'} changed`;
  if (!a || c.targetYear === undefined) return `${count} between the ${before} and ${after} forecasts.`;
  const direction = a.total > 0 ? 'up' : a.total < 0 ? 'down' : 'unchanged';
  const relative = a.start !== 0 ? ` (${formatSigned(a.total / a.start, 'growth')})` : '';
  const move =
    direction === 'unchanged'
      ? `The ${after} forecast leaves ${c.targetYear} ${currentReport().revision.label} at ${formatValue(a.end, unit)}, as in the ${before} forecast.`
      : `The ${after} forecast puts ${c.targetYear} ${currentReport().revision.label} at ${formatValue(a.end, unit)}, ${direction} ${formatValue(Math.abs(a.total), unit)}${relative} from ${formatValue(a.start, unit)} in the ${before} forecast.`;
  // A driver smaller than the residual is not named as the cause: the residual would be the bigger story.
  const residual = Math.abs(a.residual);
  const ranked = a.contributions.filter((x) => x.delta !== 0 && Math.abs(x.delta) > residual).sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta));
  // "Adoption ceiling" → "adoption ceiling", but a label starting with an acronym keeps it.
  const lower = (label: string) => (/^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label);
  const withSign = ranked.filter((x) => Math.sign(x.delta) === Math.sign(a.total)).slice(0, 2);
  const against = ranked.find((x) => Math.sign(x.delta) === -Math.sign(a.total));
  const parts = [move, `${count}.`];
  const largest = a.contributions.reduce((m, x) => Math.max(m, Math.abs(x.delta)), 0);
  if (residual > 0 && residual >= largest && a.total !== 0) {
    parts.push(
      `Most of the change (${formatSigned(a.residual, unit)}) is not explained by any single assumption: it comes from what the steps cannot reach, such as a changed horizon.`,
    );
  } else if (withSign.length) {
    parts.push(
      `Most of the change comes from the ${withSign.map((x) => `${lower(x.label)} (${formatSigned(x.delta, unit)})`).join(' and the ')}` +
        (against ? `; the ${lower(against.label)} worked the other way (${formatSigned(against.delta, unit)}).` : '.'),
    );
  }
  return parts.join(' ');
}

export function compareVintages(previous: Vintage, current: Vintage, previousFacts: FactRegistry, currentFacts: FactRegistry): VintageComparison {
  const changes = diffAssumptions(previous, current);
  const oldYears = yearsOf(previous.assumptions);
  const newYears = yearsOf(current.assumptions);
  const horizonChanged = oldYears[0] !== newYears[0] || oldYears.length !== newYears.length;
  const end = newYears[newYears.length - 1]!;
  const targetYear = oldYears.includes(end) ? end : undefined;
  const oldSourceIds = new Set(previous.sources.map((s) => s.id));
  const newSourceIds = new Set(current.sources.map((s) => s.id));
  return {
    previous,
    current,
    changes,
    facts: compareFacts(previousFacts, currentFacts),
    sourcesAdded: current.sources.filter((s) => !oldSourceIds.has(s.id)),
    sourcesRemoved: previous.sources.filter((s) => !newSourceIds.has(s.id)),
    horizonChanged,
    ...(targetYear !== undefined ? { targetYear, attribution: attributeRevision(previous.assumptions, current.assumptions, changes, targetYear) } : {}),
  };
}
