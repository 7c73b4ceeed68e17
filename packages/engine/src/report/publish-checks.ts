/**
 * What `npm run publish -- <id>` checks before it publishes a draft: the things a reviewer would catch too late.
 * Each check returns located problems; the script lists them all and publishes nothing when there is one.
 */
import { relative, join } from 'node:path';
import { listAssumptions, type AssumptionNode } from '../data/assumptions';
import type { Problem } from '../data/errors';
import { toPointer } from '../data/errors';
import { parseJsonFile } from '../data/json';
import type { Vintage } from '../data/load';
import { isDraftSummary } from '../data/vintage-template';
import { runScenarios } from '../model/uncertainty/scenarios';
import { reportIndex } from '../plugins/report-index';
import { analyseVintage } from './context';
import { currentReport } from './current';

const file = (v: Vintage, name: string, root: string) => relative(root, join(v.dir, name)) || name;

export function summaryProblems(v: Vintage, root = process.cwd()): Problem[] {
  return isDraftSummary(v.meta.summary)
    ? [
        {
          file: file(v, 'vintage.json', root),
          pointer: '/summary',
          message: 'the summary is still the draft template; say what changed since the previous forecast and why (readers see it on the revision page)',
        },
      ]
    : [];
}

/** The publication date must fall in or after the vintage's month, and not after today. */
export function dateProblems(v: Vintage, date: string, today: string, root = process.cwd()): Problem[] {
  const where = { file: file(v, 'vintage.json', root), pointer: '/published' };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return [{ ...where, message: `expected a publication date as YYYY-MM-DD, got "${date}"` }];
  // A vintage is named for a month (YYYY-MM) or, for a second one in a month, a day (YYYY-MM-DD).
  const first = v.id.length === 7 ? `${v.id}-01` : v.id;
  if (date < first)
    return [
      {
        ...where,
        message: `publication date ${date} is before the vintage's ${v.id.length === 7 ? 'month' : 'date'} (${v.id}); a forecast cannot be published before the ${v.id.length === 7 ? 'month' : 'day'} it is named for`,
      },
    ];
  if (date > today) return [{ ...where, message: `publication date ${date} is in the future (today is ${today})` }];
  return [];
}

const valueOf = (n: AssumptionNode) => JSON.stringify('values' in n ? n.values : n.value);

/**
 * A value that changed since the previous published vintage must say why: its source or its rationale must
 * change too. Otherwise the old justification ("a long-run ceiling of 35%") stands next to a new number.
 */
export function provenanceProblems(v: Vintage, previous: Vintage | undefined, root = process.cwd()): Problem[] {
  if (!previous) return [];
  const before = new Map(listAssumptions(previous.assumptions).map((a) => [a.id, a.node]));
  const rel = file(v, 'assumptions.json', root);
  const located = parseJsonFile(rel, v.raw['assumptions.json']);
  const problems: Problem[] = [];
  for (const a of listAssumptions(v.assumptions)) {
    const old = before.get(a.id);
    if (!old || valueOf(old) === valueOf(a.node)) continue;
    if (old.source === a.node.source && old.rationale === a.node.rationale) {
      const path = [...a.path, 'values' in a.node ? 'values' : 'value'];
      problems.push({
        file: rel,
        pointer: toPointer(path),
        ...located.locate(path),
        message: `"${a.id}" changed since ${previous.id} (${valueOf(old)} → ${valueOf(a.node)}) but kept its source and rationale; cite the evidence for the new value ("source") or say why it changed ("rationale")`,
      });
    }
  }
  return problems;
}

/**
 * Sources listed in sources.json that no assumption, timeline event or chapter cites. New ones fail (an author
 * added evidence and did not use it); ones already uncited in the previous vintage are returned as warnings.
 */
export function uncitedSources(
  v: Vintage,
  previous: Vintage | undefined,
  chaptersDir: string,
  root = process.cwd(),
): { problems: Problem[]; warnings: string[] } {
  const used = new Set<string>();
  for (const a of listAssumptions(v.assumptions)) if (a.node.source) used.add(a.node.source);
  for (const e of v.timeline) used.add(e.source);
  for (const c of reportIndex(chaptersDir).chapters) for (const id of c.citations) used.add(id);
  const inherited = new Set(previous?.sources.map((s) => s.id) ?? []);
  const uncited = v.sources.map((s, i) => ({ s, i })).filter(({ s }) => !used.has(s.id));
  const rel = file(v, 'sources.json', root);
  const located = parseJsonFile(rel, v.raw['sources.json']);
  return {
    problems: uncited
      .filter(({ s }) => !inherited.has(s.id))
      .map(({ s, i }) => ({
        file: rel,
        pointer: `/sources/${i}`,
        ...located.locate(['sources', i]),
        message: `source "${s.id}" is cited nowhere (no assumption, timeline event or chapter cites it); cite it where it is used, or remove it`,
      })),
    warnings: uncited.filter(({ s }) => inherited.has(s.id)).map(({ s }) => `source "${s.id}" is cited nowhere (as in ${previous!.id})`),
  };
}

/** The report's calibration targets (`npm run calibrate`, the contract's `calibrate`) must still hold for the vintage's base case. */
export function calibrationProblems(v: Vintage, root = process.cwd()): Problem[] {
  const report = currentReport();
  if (!report.calibrate) return [];
  const scenarios = v.uncertainty?.scenarios ?? [];
  const scenario = (scenarioId: string) => {
    const s = scenarios.find((x) => x.id === scenarioId);
    if (!s) return undefined;
    const [r] = runScenarios(v.assumptions, [s], { toInputs: report.toInputs, run: report.run });
    return { label: s.label, rationale: s.rationale, results: r!.results };
  };
  const { lines, ok } = report.calibrate({ vintage: v.id, inputs: v.inputs, results: analyseVintage(v).results, run: report.run, scenario });
  if (ok) return [];
  // The missed targets (lines marked ✗ and their detail line), or everything when the hook marks none.
  const missed = lines.flatMap((l, i) => (l.includes('✗') ? [l, ...(/^\s/.test(lines[i + 1] ?? '') ? [lines[i + 1]!] : [])] : []));
  const shown = (missed.length ? missed : lines).filter((l) => l.trim() !== '');
  return [
    {
      file: file(v, 'assumptions.json', root),
      message: `calibration no longer holds (npm run calibrate -- ${v.id}):\n${shown.map((l) => `    ${l.trim()}`).join('\n')}`,
    },
  ];
}
