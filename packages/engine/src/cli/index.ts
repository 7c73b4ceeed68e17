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
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadReport, takeRoot } from './root';

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const { root, rest } = takeRoot(args);
  if (!command || command === '--help') {
    console.log(
      'usage: forecast-report <build|validate|lock|publish|restate|new-vintage|new-report|calibrate|schema|pdf|check-output> [--root <dir>] [options]',
    );
    return command ? 0 : 1;
  }
  if (command === 'new-report') return (await import('./new-report')).newReportCommand(rest);
  process.chdir(resolve(root ?? '.'));
  await loadReport(process.cwd());
  switch (command) {
    case 'build':
      return (await import('./build')).buildCommand(rest);
    case 'calibrate':
      return (await import('./calibrate')).calibrateCommand(rest);
    case 'validate':
      return (await import('./validate')).validateCommand();
    case 'lock':
      return (await import('./lock')).lockCommand(rest);
    case 'new-vintage':
      return (await import('./new-vintage')).newVintageCommand(rest);
    case 'schema':
      return (await import('./schema')).schemaCommand();
    case 'pdf':
      return (await import('./pdf')).pdfCommand(rest);
    case 'check-output':
      return (await import('./check-output')).checkOutputCommand(rest);
    case 'prerender-charts':
      return (await import('./prerender-charts')).prerenderChartsCommand();
    case 'publish':
    case 'restate': {
      // Still top-level scripts: run by importing them with their own argv.
      const file = join(fileURLToPath(new URL('.', import.meta.url)), `${command}.ts`);
      process.argv = [process.argv[0]!, file, ...rest];
      await import(pathToFileURL(file).href);
      return process.exitCode === undefined ? 0 : Number(process.exitCode);
    }
    default:
      console.error(`unknown command "${command}"; try --help`);
      return 1;
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  // Usage mistakes (an unknown option, a missing report) are for people: one line, no stack.
  const error = e as Error & { code?: string };
  if (
    error.code?.startsWith('ERR_PARSE_ARGS') ||
    error.message.startsWith('no report at') ||
    error.message.includes('is not empty') ||
    error.message.startsWith('Invalid report definition')
  ) {
    console.error(`error: ${error.message}`);
    process.exitCode = 2;
  } else throw e;
}
