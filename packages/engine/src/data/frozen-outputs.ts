/**
 * Frozen outputs: what a published vintage said, recorded when it is published.
 *
 * The lock's content hashes freeze a vintage's inputs, but its numbers are recomputed by today's code at
 * every build. So publishing also records the outputs (every named fact's value and a hash of each
 * figure's data), and the build compares them: a code change that moves a published number fails, naming
 * the facts that moved. An author who means it records a restatement with a note, and the site says so.
 * Generic: knows nothing of any model; the caller supplies the facts and the figures' data.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';

const Hash = z.string().regex(/^sha256:[0-9a-f]{64}$/);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as YYYY-MM-DD' });

/** One fact that a restatement moved, as the reader saw it before and sees it now. */
const MovedFact = z.strictObject({ name: z.string(), old: z.string(), new: z.string() });
export const Restatement = z.strictObject({ date: IsoDate, note: z.string().min(1), moved: z.array(MovedFact), charts: z.array(z.string()).optional() });
export type Restatement = z.infer<typeof Restatement>;

export const OutputsRecord = z.strictObject({
  hash: Hash,
  /** Fact name → value (rounded to 10 significant digits, so the last bits of floating point do not count). */
  facts: z.record(z.string(), z.number().nullable()),
  /** Figure id → hash of its data. */
  charts: z.record(z.string(), Hash),
  restatements: z.array(Restatement).optional(),
});
export type OutputsRecord = z.infer<typeof OutputsRecord>;

export interface VintageOutputs {
  facts: readonly { name: string; value: number | null }[];
  /** Figure id → its data (any JSON: rows and columns). */
  charts: Readonly<Record<string, unknown>>;
}

/** Ten significant digits: far finer than any number shown, coarse enough to ignore floating-point noise across platforms. */
const round = (v: number) => (Number.isFinite(v) ? Number(v.toPrecision(10)) : v);
const roundDeep = (value: unknown): unknown =>
  typeof value === 'number'
    ? round(value)
    : Array.isArray(value)
      ? value.map(roundDeep)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((k) => [k, roundDeep((value as Record<string, unknown>)[k])]),
          )
        : value;
const sha = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;
const sorted = <T>(record: Record<string, T>) =>
  Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((k) => [k, record[k]!]),
  );

/** The record publishing writes: rounded fact values, a hash per figure, and one hash over both. */
export function snapshotOutputs(outputs: VintageOutputs): Omit<OutputsRecord, 'restatements'> {
  const facts = sorted(Object.fromEntries(outputs.facts.map((f) => [f.name, f.value === null ? null : round(f.value)])));
  const charts = sorted(Object.fromEntries(Object.entries(outputs.charts).map(([id, data]) => [id, sha(JSON.stringify(roundDeep(data)))])));
  return { hash: sha(JSON.stringify({ facts, charts })), facts, charts };
}

interface FactMove {
  name: string;
  old: number | null | undefined;
  new: number | null | undefined;
}

export interface OutputDrift {
  /** Facts whose value changed, appeared (old undefined) or disappeared (new undefined), by name. */
  facts: FactMove[];
  /** Figures whose data changed, appeared or disappeared. */
  charts: string[];
}

/** What moved between the recorded outputs and the outputs today's code computes. Empty when the hashes agree. */
export function outputDrift(recorded: Pick<OutputsRecord, 'hash' | 'facts' | 'charts'>, actual: Pick<OutputsRecord, 'hash' | 'facts' | 'charts'>): OutputDrift {
  if (recorded.hash === actual.hash) return { facts: [], charts: [] };
  const names = [...new Set([...Object.keys(recorded.facts), ...Object.keys(actual.facts)])].sort();
  const facts = names.filter((n) => recorded.facts[n] !== actual.facts[n]).map((name) => ({ name, old: recorded.facts[name], new: actual.facts[name] }));
  const ids = [...new Set([...Object.keys(recorded.charts), ...Object.keys(actual.charts)])].sort();
  return { facts, charts: ids.filter((id) => recorded.charts[id] !== actual.charts[id]) };
}

export const driftIsEmpty = (d: OutputDrift) => d.facts.length === 0 && d.charts.length === 0;

/** How a fact value reads in messages; the caller formats with the fact's unit. */
export type FactText = (name: string, value: number | null | undefined) => string;

/** Moved facts with the named ones (a report's headline facts) first, in that order, then the rest by name. */
function prioritise(moves: readonly FactMove[], first: readonly string[] = []): FactMove[] {
  const rank = (n: string) => (first.includes(n) ? first.indexOf(n) : first.length);
  return [...moves].sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}

/** Old and new as text; when both read the same at display precision, with enough digits to tell them apart. */
function movedText(m: FactMove, text: FactText): [string, string] {
  const o = text(m.name, m.old);
  const n = text(m.name, m.new);
  if (o !== n) return [o, n];
  const precise = (v: number | null | undefined) => (typeof v === 'number' ? ` (${+v.toPrecision(10)})` : '');
  return [o + precise(m.old), n + precise(m.new)];
}

/** "revenue.2030.total: $24.2B → $26.7B" lines, at most `limit` of them, plus a count of the rest. */
export function describeDrift(drift: OutputDrift, text: FactText, limit = 12, first: readonly string[] = []): string[] {
  const lines = prioritise(drift.facts, first)
    .slice(0, limit)
    .map((m) => {
      const [o, n] = movedText(m, text);
      return `${m.name}: ${o} → ${n}`;
    });
  if (drift.facts.length > limit) lines.push(`… and ${drift.facts.length - limit} more facts`);
  if (drift.charts.length) lines.push(`figure data changed: ${drift.charts.join(', ')}`);
  return lines;
}

/** The restatement entry for a drift: the moved facts as text, so the site can show them without recomputing the past. */
export function restatementOf(drift: OutputDrift, text: FactText, date: string, note: string, first: readonly string[] = []): Restatement {
  return {
    date,
    note,
    moved: prioritise(drift.facts, first).map((m) => {
      const [o, n] = movedText(m, text);
      return { name: m.name, old: o, new: n };
    }),
    ...(drift.charts.length ? { charts: drift.charts } : {}),
  };
}
