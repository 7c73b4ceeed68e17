/**
 * npm run model -- --vintage 2026-11 [--draws N] [--seed S] [--json|--csv] [--out FILE] [--set path=value …]
 * Runs the model with its Monte Carlo, sensitivity and scenarios and prints the results: a headline table,
 * or every band as JSON or CSV. --set answers what-if questions; overrides are validated like the data files,
 * and move the scenarios by the same step as the base case (src/data/relative-scenarios.ts).
 * For scripts: `--out FILE` writes only the result to FILE, whatever npm prints (`npm run` writes a banner to
 * stdout; `npm run -s model -- --json > f.json` silences it). Progress and warnings go to stderr.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  analyseUncertainty,
  applyOverrides,
  DataError,
  formatProblem,
  formatValue,
  listPublishedVintageIds,
  listVintageIds,
  loadVintage,
  parseSetArgument,
  PERCENTILES,
  scenarioOrderWarnings,
  scenariosRelativeToBase,
  toCsv,
  useReport,
  vintagesDir,
  yearlySeries,
  type OrderWarning,
  type Override,
  type ShiftNote,
} from '@forecast-report/engine';
import { toModelInputs } from '../inputs';
import { runModel } from '../model/project';
import type { Results } from '../model/types';
import report from '../report';
import type { CpoUncertainty as UncertaintyResults } from '../uncertainty';

export const USAGE = `usage: npm run model -- --vintage YYYY-MM [--draws N] [--seed S] [--json | --csv] [--out FILE] [--set path=value …]

  --vintage  vintage folder under data/vintages (default: the newest published one)
  --draws    Monte Carlo draws, 100 to 1000000 (default: from uncertainty.json)
  --seed     whole number 0 to 2147483647 (default: from uncertainty.json)
  --json     print every result as JSON     --csv  print every percentile band as CSV
  --out      write the result to FILE instead of stdout (clean JSON or CSV whatever npm prints;
             or run npm run -s model -- --json > FILE)
  --set      override an assumption by dotted path, repeatable; a scenario that pins the same
             assumption moves by the same step, so scenarios stay relative to the base case:
             pricing.learningRate=0.12         a scalar's value
             acceleratorShipments=*1.1         scale a value or a whole series
             segments.scaleUp.lpoShareOfPluggable.2027=0.2   one year of a series`;

export class UsageError extends Error {}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether stderr is a terminal, for a redrawn progress bar rather than a few lines. */
  tty: boolean;
}

interface Options {
  vintage: string;
  draws?: number;
  seed?: number;
  format: 'table' | 'json' | 'csv';
  overrides: Record<string, Override>;
  out?: string;
}

function wholeNumber(name: string, text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) throw new UsageError(`--${name} expects a whole number from ${min} to ${max}, got "${text}"`);
  return n;
}

/** `vintageIds`: the vintages to choose from, oldest first; `defaultId`: the one to run without --vintage. */
export function parseOptions(argv: string[], vintageIds: string[], defaultId = vintageIds[vintageIds.length - 1]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        vintage: { type: 'string' },
        draws: { type: 'string' },
        seed: { type: 'string' },
        json: { type: 'boolean' },
        csv: { type: 'boolean' },
        out: { type: 'string' },
        set: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const v = parsed.values;
  if (v.help) throw new UsageError('');
  if (v.json && v.csv) throw new UsageError('choose one of --json and --csv');
  const vintage = v.vintage ?? defaultId;
  if (v.out === '') throw new UsageError('--out expects a file name');
  if (!vintage || !vintageIds.includes(vintage)) throw new UsageError(`unknown vintage "${v.vintage ?? ''}"; known: ${vintageIds.join(', ') || 'none'}`);
  const overrides: Record<string, Override> = {};
  for (const arg of v.set ?? []) {
    const r = parseSetArgument(arg);
    if ('error' in r) throw new UsageError(r.error);
    if (r.path in overrides) throw new UsageError(`--set ${r.path} is given twice`);
    overrides[r.path] = r.override;
  }
  const draws = wholeNumber('draws', v.draws, 100, 1_000_000);
  const seed = wholeNumber('seed', v.seed, 0, 2147483647);
  return {
    vintage,
    ...(draws !== undefined ? { draws } : {}),
    ...(seed !== undefined ? { seed } : {}),
    format: v.json ? 'json' : v.csv ? 'csv' : 'table',
    overrides,
    ...(v.out ? { out: v.out } : {}),
  };
}

function progressReporter(io: Io) {
  let lastShown = -1;
  return (done: number, total: number) => {
    const pct = Math.floor((done / total) * 100);
    if (io.tty) {
      const width = 30;
      const filled = Math.round((done / total) * width);
      io.err(`\r  Monte Carlo [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} draws${done === total ? '\n' : ''}`);
    } else if (pct >= lastShown + 25 || done === total) {
      lastShown = pct;
      io.err(`  Monte Carlo: ${done}/${total} draws (${pct}%)\n`);
    }
  };
}

/** The machine-readable result: deterministic for a given vintage, seed, draws and overrides. */
export function resultsJson(
  vintage: string,
  overrides: Record<string, Override>,
  point: Results,
  u: UncertaintyResults,
  notes: ScenarioNotes = { shifts: [], warnings: [] },
) {
  return {
    vintage,
    seed: u.monteCarlo.seed,
    draws: u.monteCarlo.draws,
    overrides,
    /** Scenario values moved with the what-if, and scenarios that no longer bracket the base case. */
    scenarioShifts: notes.shifts,
    warnings: notes.warnings.map((w) => w.message),
    point: {
      years: point.years,
      series: Object.fromEntries(yearlySeries(point).map((s) => [s.name, s.get(point)])),
      crossoverYear: point.metrics.crossoverYear,
    },
    monteCarlo: u.monteCarlo,
    sensitivity: u.sensitivity,
    scenarios: u.scenarios.map((s) => ({
      id: s.id,
      label: s.label,
      rationale: s.rationale,
      revenueUsd: s.results.total.cpoRevenueUsd,
      revenueInclElsUsd: s.results.total.revenueInclElsUsd,
      crossoverYear: s.results.metrics.crossoverYear,
    })),
  };
}

export function bandsCsv(point: Results, u: UncertaintyResults): string {
  const rows = yearlySeries(point).flatMap((s) => {
    const b = u.monteCarlo.bands[s.name]!;
    return point.years.map((year, i) => ({ series: s.name, year, point: s.get(point)[i]!, ...Object.fromEntries(PERCENTILES.map((p) => [p, b[p][i]!])) }));
  });
  return toCsv({
    columns: [
      { key: 'series', label: 'series' },
      { key: 'year', label: 'year' },
      { key: 'point', label: 'point' },
      ...PERCENTILES.map((p) => ({ key: p, label: p })),
    ],
    rows,
  });
}

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export interface ScenarioNotes {
  shifts: ShiftNote[];
  warnings: OrderWarning[];
}

/** Scenarios whose revenue or CAGR in the CAGR window no longer bracket the base case. */
export function scenarioWarnings(point: Results, u: UncertaintyResults): OrderWarning[] {
  const { from, to } = u.monteCarlo.cagrWindow;
  const revenueAt = (r: Results) => r.total.cpoRevenueUsd[r.years.indexOf(to)]!;
  const cagr = (r: Results) => Math.pow(revenueAt(r) / r.total.cpoRevenueUsd[r.years.indexOf(from)]!, 1 / (to - from)) - 1;
  const list = (f: (r: Results) => number) => u.scenarios.map((s) => ({ id: s.id, label: s.label, value: f(s.results) }));
  return [
    ...scenarioOrderWarnings(`revenue ${to}`, revenueAt(point), list(revenueAt), (x) => formatValue(x, 'usd')),
    ...scenarioOrderWarnings(`CAGR ${from}–${to}`, cagr(point), list(cagr), (x) => formatValue(x, 'growth')),
  ];
}

export function headline(
  vintage: string,
  point: Results,
  u: UncertaintyResults,
  overrides: Record<string, Override>,
  notes: ScenarioNotes = { shifts: [], warnings: [] },
): string {
  const mc = u.monteCarlo;
  const usd = (x: number) => formatValue(x, 'usd');
  const pct = (x: number) => formatValue(x, 'fraction');
  const b = mc.bands['total.cpoRevenueUsd']!;
  const out: string[] = [];
  out.push(
    `Vintage ${vintage}: ${mc.draws} draws, seed ${mc.seed}, ${mc.assumptions.length} uncertain assumptions${Object.keys(overrides).length ? `, overrides: ${Object.keys(overrides).join(', ')}` : ''}`,
  );
  out.push('', 'CPO revenue excluding ELS (USD)');
  out.push(
    table(
      ['Year', 'Point', 'p5', 'p25', 'Median', 'p75', 'p95'],
      point.years.map((y, i) => [String(y), usd(point.total.cpoRevenueUsd[i]!), ...PERCENTILES.map((p) => usd(b[p][i]!))]),
    ),
  );
  const { from, to } = mc.cagrWindow;
  out.push('', `CAGR ${from}–${to}`);
  out.push(
    table(
      ['Series', 'p5', 'p25', 'Median', 'p75', 'p95'],
      Object.entries(mc.cagr).map(([k, q]) => [k, ...PERCENTILES.map((p) => formatValue(q[p], 'growth'))]),
    ),
  );
  out.push('', 'Events');
  out.push(
    table(
      ['Event', 'Probability'],
      [
        [`Scale-up overtakes scale-out before ${mc.crossover.before}`, pct(mc.crossover.probabilityBefore)],
        ...mc.cagrAbove.map((c) => [`CAGR ${from}–${to} above ${formatValue(c.threshold, 'growth')}`, pct(c.probability)]),
      ],
    ),
  );
  out.push('', 'Scenarios');
  out.push(
    table(
      ['Scenario', `Revenue ${to}`, `CAGR ${from}–${to}`, 'Crossover'],
      u.scenarios.map((s) => {
        const r = s.results;
        const i = r.years.indexOf(to);
        const j = r.years.indexOf(from);
        return [
          s.label,
          usd(r.total.cpoRevenueUsd[i]!),
          formatValue(Math.pow(r.total.cpoRevenueUsd[i]! / r.total.cpoRevenueUsd[j]!, 1 / (to - from)) - 1, 'growth'),
          formatValue(r.metrics.crossoverYear, 'year'),
        ];
      }),
    ),
  );
  if (notes.shifts.length) {
    out.push('', 'The what-if moves the scenarios by the same step as the base case (scenarios stay relative to it):');
    for (const n of notes.shifts) out.push(`  ${n.scenario}: ${n.path} ${n.from} → ${n.to}`);
  }
  for (const w of notes.warnings) out.push('', `WARNING: ${w.message}`);
  out.push('', `Sensitivity of ${u.sensitivity.revenue.metric} (each assumption at p5 and p95)`);
  out.push(
    table(
      ['Assumption', 'At p5', 'At p95'],
      u.sensitivity.revenue.rows.slice(0, 8).map((r) => [r.label, usd(r.low), usd(r.high)]),
    ),
  );
  return out.join('\n') + '\n';
}

export function main(argv: string[], io: Io): number {
  useReport(report);
  let options: Options;
  try {
    const ids = listVintageIds(vintagesDir());
    options = parseOptions(argv, ids, listPublishedVintageIds(vintagesDir()).pop() ?? ids[ids.length - 1]);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`${e.message ? `error: ${e.message}\n\n` : ''}${USAGE}\n`);
    return e.message ? 2 : 0;
  }
  try {
    const vintage = loadVintage(join(vintagesDir(), options.vintage));
    if (!vintage.uncertainty) {
      io.err(
        `error: vintage ${options.vintage} has no uncertainty.json (${join(vintage.dir, 'uncertainty.json')} ${existsSync(join(vintage.dir, 'uncertainty.json')) ? 'is invalid' : 'is missing'})\n`,
      );
      return 1;
    }
    const applied = applyOverrides(vintage.assumptions, options.overrides, { file: '--set' });
    if (!applied.doc) throw new DataError(applied.problems);
    const inputs = toModelInputs(applied.doc);
    const point = runModel(inputs);
    const relative = scenariosRelativeToBase(vintage.assumptions, options.overrides, vintage.uncertainty.scenarios);
    const u = analyseUncertainty(
      report,
      applied.doc,
      inputs,
      { ...vintage.uncertainty, scenarios: relative.scenarios },
      {
        ...(options.draws !== undefined ? { draws: options.draws } : {}),
        ...(options.seed !== undefined ? { seed: options.seed } : {}),
        onProgress: progressReporter(io),
      },
    ) as UncertaintyResults;
    const notes: ScenarioNotes = { shifts: relative.shifts, warnings: scenarioWarnings(point, u) };
    const text =
      options.format === 'json'
        ? JSON.stringify(resultsJson(options.vintage, options.overrides, point, u, notes), null, 2) + '\n'
        : options.format === 'csv'
          ? bandsCsv(point, u)
          : headline(options.vintage, point, u, options.overrides, notes);
    // Machine-readable output stays clean: notes and warnings go to stderr (and into the JSON).
    if (options.format !== 'table') for (const w of notes.warnings) io.err(`warning: ${w.message}\n`);
    if (options.out) {
      writeFileSync(options.out, text);
      io.err(`Wrote ${options.out}\n`);
    } else io.out(text);
    return 0;
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    io.err(`error: ${e.problems.map(formatProblem).join('\n')}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2), {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    tty: Boolean(process.stderr.isTTY),
  });
}
