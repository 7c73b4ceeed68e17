/**
 * forecast-report <command> [--root <report folder>] [options]
 *
 * Loads the report's `src/report.ts` from the root (default: the working directory), makes the root the working
 * directory (Astro and every relative path in the report's config resolve against it) and runs the command.
 *
 *   build [--out dir] [--drafts]     validate, build, index, print the PDF, swap into place
 *   validate                         check every vintage and the lock file
 *   lock [--relock <id>]             write data/vintages.lock.json (input hashes and outputs)
 *   publish <YYYY-MM> [--date d]     check a draft, then set its status and date, lock it, record its outputs
 *   restate <YYYY-MM> --note "…"     accept that a code change moved a published vintage's numbers
 *   new-vintage <YYYY-MM> [--from id] [--date YYYY-MM-DD]
 *   calibrate [vintage]              the report's thesis targets against a vintage's base case
 *   schema                           write the JSON Schemas of the vintage files to data/schema/
 *   pdf [--dir dist]                 print a built site to report.pdf
 *   check-output [--dir dist]        check a built site (HTML, links, SVG, CSV, Vega-Lite)
 *   new-report <dir> [--title …]     scaffold a minimal report that builds (needs no report loaded)
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Report } from '../contract';
import { useReport } from '../report/current';

/** Commands that are still top-level scripts: run by importing them with their own argv. */
const SCRIPTS: Record<string, string> = {
  validate: 'validate.ts',
  lock: 'lock.ts',
  'new-vintage': 'new-vintage.ts',
  schema: 'schema.ts',
  pdf: 'pdf.ts',
  'check-output': 'check-output.ts',
  publish: 'publish.ts',
  restate: 'restate.ts',
  'prerender-charts': 'prerender-charts.ts',
};

/** Splits `--root <dir>` (or `--root=<dir>`) off the arguments. */
export function takeRoot(args: readonly string[]): { root: string | undefined; rest: string[] } {
  const rest: string[] = [];
  let root: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--root') root = args[++i];
    else if (a.startsWith('--root=')) root = a.slice('--root='.length);
    else rest.push(a);
  }
  return { root, rest };
}

/** Loads `<root>/src/report.ts` and makes it the current report. */
export async function loadReport(root: string): Promise<Report> {
  const file = join(root, 'src', 'report.ts');
  if (!existsSync(file)) throw new Error(`no report at ${file}: a report folder has src/report.ts with \`export default defineReport({...})\``);
  const report = (await import(pathToFileURL(file).href)).default as Report | undefined;
  if (!report) throw new Error(`${file} has no default export; it must \`export default defineReport({...})\``);
  useReport(report);
  return report;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const { root, rest } = takeRoot(args);
  if (!command || command === '--help') {
    console.log('usage: forecast-report <build|validate|lock|new-vintage|new-report|calibrate|schema|pdf|check-output> [--root <dir>] [options]');
    return command ? 0 : 1;
  }
  if (command === 'new-report') return (await import('./new-report')).newReportCommand(rest);
  process.chdir(resolve(root ?? '.'));
  await loadReport(process.cwd());
  if (command === 'build') return (await import('./build')).buildCommand(rest);
  if (command === 'calibrate') return (await import('./calibrate')).calibrateCommand(rest);
  const script = SCRIPTS[command];
  if (!script) {
    console.error(`unknown command "${command}"; try --help`);
    return 1;
  }
  const file = join(fileURLToPath(new URL('.', import.meta.url)), script);
  process.argv = [process.argv[0]!, file, ...rest];
  await import(pathToFileURL(file).href);
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  // Usage mistakes (an unknown option, a missing report) are for people: one line, no stack.
  const error = e as Error & { code?: string };
  if (error.code?.startsWith('ERR_PARSE_ARGS') || error.message.startsWith('no report at') || error.message.includes('is not empty') || error.message.startsWith('Invalid report definition')) {
    console.error(`error: ${error.message}`);
    process.exitCode = 2;
  } else throw e;
}
