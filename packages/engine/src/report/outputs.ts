/**
 * The outputs of one vintage as today's code computes them (every fact and every figure's data), and the
 * check that published vintages still say what they said when they were published.
 */
import { relative } from 'node:path';
import type { Problem } from '../data/errors';
import { describeDrift, driftIsEmpty, outputDrift, snapshotOutputs, type FactText, type OutputDrift, type OutputsRecord } from '../data/frozen-outputs';
import type { Vintage } from '../data/load';
import type { LockFile } from '../data/lock';
import { chartIds, getChart, publishedTables } from '../charts/registry';
import { formatValue } from '../format';
import { settings } from '../settings';
import type { FactRegistry } from '../model/facts';
import { analyseVintage } from './context';
import { currentReport } from './current';

export interface ComputedOutputs {
  record: Omit<OutputsRecord, 'restatements'>;
  facts: FactRegistry;
}

/** Facts and figure data of a vintage, snapshotted for the lock. */
export function computeOutputs(vintage: Vintage): ComputedOutputs {
  const { facts, chartContext } = analyseVintage(vintage);
  const charts: Record<string, unknown> = {};
  // The report's figures (TypeScript and spec files), not the bench's synthetic ones (REPORT_SYNTHETIC_CHARTS).
  const synthetic = settings.syntheticCharts() > 0 ? /^bench-\d{4}$/ : undefined;
  const ids = new Set(chartIds().filter((id) => !synthetic?.test(id)));
  for (const id of ids) {
    const def = getChart(id);
    // A spec-file view of another figure's dataset publishes no numbers of its own: that dataset is recorded.
    if (def.drawsTable !== undefined && ids.has(def.drawsTable)) continue;
    if (!(def.available?.(chartContext) ?? true)) continue;
    // A spec file draws its table keyed by column label; the numbers are the table's, recorded as the report declares it.
    charts[id] = def.drawsTable !== undefined ? (publishedTables().declared(def.drawsTable, chartContext) ?? def.data(chartContext)) : def.data(chartContext);
  }
  return { record: snapshotOutputs({ facts: facts.all(), charts }), facts };
}

/** A fact value as the site shows it (with the fact's unit), or "absent" when the fact does not exist on that side. */
export function factTextWith(facts: FactRegistry): FactText {
  return (name, value) => {
    if (value === undefined) return 'absent';
    if (value === null) return 'none';
    const unit = facts.has(name) ? facts.get(name).unit : 'count';
    return formatValue(value, unit);
  };
}

/** The facts a report leads with (`{end}` read as the vintage's last year), listed first when published numbers move. */
export function headlineFactNames(facts: FactRegistry): string[] {
  const report = currentReport();
  const end = facts.has('years.end') ? String(facts.get('years.end').value) : '{end}';
  return (report.revision.facts ?? report.headline).map((n) => n.replace('{end}', end));
}

export interface FrozenCheck {
  id: string;
  drift: OutputDrift;
  facts: FactRegistry;
  computed: ComputedOutputs;
}

/** Published vintages whose recorded outputs differ from what today's code computes. */
export function driftedVintages(vintages: readonly Vintage[], lock: LockFile): FrozenCheck[] {
  const out: FrozenCheck[] = [];
  for (const v of vintages) {
    const recorded = lock.outputs?.[v.id];
    if (v.meta.status !== 'published' || !recorded) continue;
    const computed = computeOutputs(v);
    const drift = outputDrift(recorded, computed.record);
    if (!driftIsEmpty(drift)) out.push({ id: v.id, drift, facts: computed.facts, computed });
  }
  return out;
}

/**
 * Problems for the build and `npm run validate`: a published vintage whose outputs moved, naming the facts with
 * their old and new values; and a locked vintage with no recorded outputs.
 */
export function frozenOutputProblems(vintages: readonly Vintage[], lock: LockFile, lockPath: string, root = process.cwd()): Problem[] {
  const file = relative(root, lockPath) || lockPath;
  const problems: Problem[] = [];
  for (const v of vintages) {
    if (v.meta.status === 'published' && lock.vintages[v.id] && !lock.outputs?.[v.id]) {
      problems.push({
        file,
        pointer: `/outputs/${v.id}`,
        message: `vintage ${v.id} is published but its outputs are not recorded; run \`npm run lock\` to record what it says today`,
      });
    }
  }
  for (const d of driftedVintages(vintages, lock)) {
    const lines = describeDrift(d.drift, factTextWith(d.facts), 12, headlineFactNames(d.facts)).map((l) => `    ${l}`);
    problems.push({
      file,
      pointer: `/outputs/${d.id}`,
      message:
        `the published ${d.id} forecast no longer computes what it published, although its data did not change (a change in code moved it):\n${lines.join('\n')}\n` +
        `  Archives never change silently: undo the code change, or, if the change is deliberate, record a restatement that the site shows: ` +
        `npm run restate -- ${d.id} --note "<why the published numbers changed>"`,
    });
  }
  return problems;
}
