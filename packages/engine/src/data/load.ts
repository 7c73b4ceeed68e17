import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DataError, type Problem } from './errors';
import { MAX_DATA_FILE_BYTES, parseJsonFile, type LocatedJson } from './json';
import { messages } from './messages';
import { z } from 'zod';
import { SourcesFile, timelineFile as timelineSchema, uncertaintyFile as uncertaintySchema, VintageMeta, type AssumptionsDoc, type Source, type TimelineEvent, type TimelineFile, type UncertaintyFile } from './schema';
import type { Report } from '../contract';
import { currentReport } from '../report/current';
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

/** Folder names under `vintagesDir` that look like vintages, oldest first. */
export function listVintageIds(vintagesDir: string): string[] {
  if (!existsSync(vintagesDir)) return [];
  return readdirSync(vintagesDir)
    .filter((name) => /^\d{4}-\d{2}$/.test(name) && statSync(join(vintagesDir, name)).isDirectory())
    .sort();
}

/**
 * Reads and validates one vintage folder. Collects every problem across its files before throwing,
 * so an author fixes them in one pass.
 */
export function loadVintage(dir: string, root = process.cwd(), report: Report = currentReport()): Vintage {
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
  const sources = sourcesFile && parseWith(rel('sources.json'), sourcesFile.json, SourcesFile);
  const timeline = timelineFile && parseWith(rel('timeline.json'), timelineFile.json, timelineSchema(report.timelineFields));
  const uncertainty = uncertaintyFile && parseWith(rel('uncertainty.json'), uncertaintyFile.json, uncertaintySchema(report.uncertainty?.events ?? z.unknown()) as z.ZodType<UncertaintyFile>);
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
    if (timeline?.data && timelineFile) problems.push(...timelineProblems(rel('timeline.json'), timelineFile.json, timeline.data as TimelineFile, sources.data));
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
export function loadAllVintages(vintagesDir: string, root = process.cwd(), report: Report = currentReport()): Vintage[] {
  const ids = listVintageIds(vintagesDir);
  if (ids.length === 0) throw new DataError([{ file: relative(root, vintagesDir) || vintagesDir, message: messages.noVintages(relative(root, vintagesDir)) }]);
  const problems: Problem[] = [];
  const vintages: Vintage[] = [];
  for (const id of ids) {
    try {
      vintages.push(loadVintage(join(vintagesDir, id), root, report));
    } catch (e) {
      if (e instanceof DataError) problems.push(...e.problems);
      else throw e;
    }
  }
  if (problems.length) throw new DataError(problems);
  return vintages;
}
