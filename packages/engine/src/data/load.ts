import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DataError, type Problem } from './errors';
import { MAX_DATA_FILE_BYTES, parseJsonFile, type LocatedJson } from './json';
import { messages } from './messages';
import { z } from 'zod';
import {
  SourcesFile,
  timelineFile as timelineSchema,
  uncertaintyFile as uncertaintySchema,
  VintageMeta,
  type AssumptionsDoc,
  type Source,
  type TimelineEvent,
  type TimelineFile,
  type UncertaintyFile,
} from './schema';
import type { Report } from '../contract';
import { currentReport } from '../report/current';
import { CURRENT_VINTAGE_FORMAT, LegacySourcesFile } from './schema';
import { citationProblems, reconstructionProblems, sourceUse } from './source-checks';
import { checkUncertainty } from './uncertainty-checks';
import { crossCheck, parseWith, timelineProblems } from './validate';

/** One loaded vintage. `Doc` and `Inputs` are the report's assumptions and model inputs (default: any). */
export interface Vintage<Doc = any, Inputs = any> {
  id: string;
  dir: string;
  meta: VintageMeta;
  assumptions: Doc;
  sources: Source[];
  /** Dated vendor and standards events (timeline.json); empty when the vintage has none. */
  timeline: TimelineEvent[];
  /** The report's model inputs (its `toInputs` of the assumptions). */
  inputs: Inputs;
  /** Monte Carlo settings and scenarios (uncertainty.json); optional, a vintage without it has no uncertainty analysis. */
  uncertainty?: UncertaintyFile;
  /** Raw bytes of each file, for downloads and content hashes. */
  raw: Record<'vintage.json' | 'assumptions.json' | 'sources.json', Uint8Array>;
}

/** A vintage id: YYYY-MM, or YYYY-MM-DD for a second forecast within a month. Sorted as text, ids sort by date. */
export const VINTAGE_ID = /^\d{4}-\d{2}(-\d{2})?$/;

export interface LoadOptions {
  /**
   * Source ids the chapters cite. Given (as the build and `npm run validate` do), a format-2 vintage also fails on
   * a source that nothing cites; without it that check is skipped, as the chapters are not known.
   */
  chapterCites?: ReadonlySet<string>;
}

/** Folder names under `vintagesDir` that look like vintages, oldest first. */
export function listVintageIds(vintagesDir: string): string[] {
  if (!existsSync(vintagesDir)) return [];
  return readdirSync(vintagesDir)
    .filter((name) => VINTAGE_ID.test(name) && statSync(join(vintagesDir, name)).isDirectory())
    .sort();
}

/** Vintages whose vintage.json says "published", oldest first; read without validating (for defaults and listings). */
export function listPublishedVintageIds(vintagesDir: string): string[] {
  return listVintageIds(vintagesDir).filter((id) => {
    try {
      return JSON.parse(readFileSync(join(vintagesDir, id, 'vintage.json'), 'utf8')).status === 'published';
    } catch {
      return false;
    }
  });
}

/**
 * Reads and validates one vintage folder. Collects every problem across its files before throwing,
 * so an author fixes them in one pass.
 */
export function loadVintage(dir: string, root = process.cwd(), report: Report = currentReport(), options: LoadOptions = {}): Vintage {
  const rel = (name: string) => relative(root, join(dir, name)) || name;
  const problems: Problem[] = [];
  const read = (name: string): { bytes: Uint8Array; json: LocatedJson } | undefined => {
    const path = join(dir, name);
    if (!existsSync(path)) {
      problems.push({ file: rel(name), message: messages.missingFile() });
      return undefined;
    }
    // Checked before reading, so a huge file is refused without loading it into memory.
    const size = statSync(path).size;
    if (size > MAX_DATA_FILE_BYTES) {
      problems.push({ file: rel(name), message: messages.tooLarge(size, MAX_DATA_FILE_BYTES) });
      return undefined;
    }
    const bytes = readFileSync(path);
    try {
      return { bytes, json: parseJsonFile(rel(name), bytes) };
    } catch (e) {
      if (e instanceof DataError) problems.push(...e.problems);
      else throw e;
      return undefined;
    }
  };

  const metaFile = read('vintage.json');
  const assumptionsFile = read('assumptions.json');
  const sourcesFile = read('sources.json');
  // timeline.json and uncertainty.json are optional: older or minimal vintages have neither.
  const timelineFile = existsSync(join(dir, 'timeline.json')) ? read('timeline.json') : undefined;
  const uncertaintyFile = existsSync(join(dir, 'uncertainty.json')) ? read('uncertainty.json') : undefined;
  const meta = metaFile && parseWith(rel('vintage.json'), metaFile.json, VintageMeta);
  const doc = assumptionsFile && parseWith(rel('assumptions.json'), assumptionsFile.json, report.assumptions as z.ZodType<AssumptionsDoc>);
  // Vintages locked before format 2 keep their old source kinds; lock.ts refuses format 1 for anything not yet locked.
  const format = meta?.data?.format ?? 1;
  const sources =
    sourcesFile && parseWith(rel('sources.json'), sourcesFile.json, (format >= CURRENT_VINTAGE_FORMAT ? SourcesFile : LegacySourcesFile) as typeof SourcesFile);
  const timeline = timelineFile && parseWith(rel('timeline.json'), timelineFile.json, timelineSchema(report.timelineFields));
  const uncertainty =
    uncertaintyFile &&
    parseWith(rel('uncertainty.json'), uncertaintyFile.json, uncertaintySchema(report.uncertainty?.events ?? z.unknown()) as z.ZodType<UncertaintyFile>);
  for (const r of [meta, doc, sources, timeline, uncertainty]) if (r) problems.push(...r.problems);

  if (problems.length === 0 && meta?.data && doc?.data && sources?.data && assumptionsFile && sourcesFile) {
    problems.push(
      ...crossCheck(
        { assumptions: rel('assumptions.json'), sources: rel('sources.json'), meta: rel('vintage.json') },
        { assumptions: assumptionsFile.json, sources: sourcesFile.json, meta: metaFile?.json },
        doc.data,
        sources.data,
        meta.data,
        dir.split(/[\\/]/).filter(Boolean).pop() ?? '',
        report.checks,
      ),
    );
    if (timeline?.data && timelineFile)
      problems.push(...timelineProblems(rel('timeline.json'), timelineFile.json, timeline.data as TimelineFile, sources.data));
    problems.push(...reconstructionProblems(rel('vintage.json'), metaFile?.json, meta.data, sources.data.sources));
    if (format >= CURRENT_VINTAGE_FORMAT) {
      const use = sourceUse(doc.data, (timeline?.data?.events ?? []) as TimelineEvent[], options.chapterCites ?? new Set());
      const found = citationProblems(rel('sources.json'), sourcesFile.json, sources.data.sources, use);
      // Without the chapters' citations, "cited nowhere" cannot be judged; the rules on values still can.
      problems.push(...(options.chapterCites ? found : found.filter((p) => !p.pointer?.endsWith('/id'))));
    }
  }
  if (problems.length === 0 && doc?.data && uncertainty?.data && uncertaintyFile) {
    problems.push(...checkUncertainty(rel('uncertainty.json'), uncertaintyFile.json, uncertainty.data, doc.data, report.uncertainty?.checkEvents));
  }
  if (problems.length > 0) throw new DataError(problems);

  return {
    id: meta!.data!.id,
    dir,
    meta: meta!.data!,
    assumptions: doc!.data!,
    sources: sources!.data!.sources,
    timeline: (timeline?.data?.events ?? []) as TimelineEvent[],
    inputs: report.toInputs(doc!.data!),
    ...(uncertainty?.data ? { uncertainty: uncertainty.data } : {}),
    raw: { 'vintage.json': metaFile!.bytes, 'assumptions.json': assumptionsFile!.bytes, 'sources.json': sourcesFile!.bytes },
  };
}

/** Loads every vintage; throws one DataError listing the problems of all of them. */
export function loadAllVintages(vintagesDir: string, root = process.cwd(), report: Report = currentReport(), options: LoadOptions = {}): Vintage[] {
  const ids = listVintageIds(vintagesDir);
  if (ids.length === 0) throw new DataError([{ file: relative(root, vintagesDir) || vintagesDir, message: messages.noVintages(relative(root, vintagesDir)) }]);
  const problems: Problem[] = [];
  const vintages: Vintage[] = [];
  for (const id of ids) {
    try {
      vintages.push(loadVintage(join(vintagesDir, id), root, report, options));
    } catch (e) {
      if (e instanceof DataError) problems.push(...e.problems);
      else throw e;
    }
  }
  if (problems.length) throw new DataError(problems);
  return vintages;
}
