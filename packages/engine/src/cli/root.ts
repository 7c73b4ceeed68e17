import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Report } from '../contract';
import { useReport } from '../report/current';

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
