import type { z } from 'zod';
import { listAssumptions, isSeriesNode } from './assumptions';
import { toPointer, type Problem } from './errors';
import type { LocatedJson } from './json';
import { messages } from './messages';
import { describe, type AssumptionsDoc, type SourcesFile, type TimelineFile, type VintageMeta } from './schema';
import type { AssumptionProblem } from '../contract';
import { closest } from '../lib/suggest';

type Issue = z.core.$ZodIssue;

/** Keys an object schema accepts at `path`, to suggest a fix for a typo. */
function knownKeysAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  let node: z.core.$ZodType | undefined = schema;
  for (const key of path) {
    node = childSchema(node, key);
    if (!node) return [];
  }
  const def = unwrap(node)?._zod.def as { shape?: Record<string, unknown> } | undefined;
  return def?.shape ? Object.keys(def.shape) : [];
}

function unwrap(schema: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
  let s = schema;
  while (s) {
    const def = s._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType };
    if (def.innerType) s = def.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else return s;
  }
  return s;
}

function childSchema(schema: z.core.$ZodType | undefined, key: PropertyKey): z.core.$ZodType | undefined {
  const def = unwrap(schema)?._zod.def as
    { type: string; shape?: Record<string, z.core.$ZodType>; valueType?: z.core.$ZodType; element?: z.core.$ZodType } | undefined;
  if (!def) return undefined;
  if (def.type === 'object') return def.shape?.[String(key)];
  if (def.type === 'record') return def.valueType;
  if (def.type === 'array') return def.element;
  return undefined;
}

/** Turns schema issues into located, human-readable problems. */
function schemaProblems(file: string, json: LocatedJson, schema: z.core.$ZodType, issues: readonly Issue[]): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(schema, issue.path);
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        out.push({ file, pointer: toPointer(path), ...json.locate(path), message: messages.unknownKey(key, closest(key, known)) });
      }
      continue;
    }
    const missing = issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined;
    const message = missing
      ? messages.missingKey(String(issue.path[issue.path.length - 1] ?? ''))
      : issue.code === 'invalid_key'
        ? messages.badKey(issue.issues[0]?.message ?? 'expected a valid key', String(issue.path[issue.path.length - 1]))
        : issue.message;
    out.push({ file, pointer: toPointer(issue.path), ...json.locate(issue.path), message });
  }
  return out;
}

/** What a zod type is called in messages ("expected an object, got an array"). */
const TYPE_NOUNS: Record<string, string> = {
  object: 'an object',
  record: 'an object',
  array: 'an array',
  string: 'text (a string)',
  number: 'a finite number',
  boolean: 'true or false',
};

/** Wording for issues the schemas leave to zod's defaults; schema-level messages take precedence over this. */
const fallbackMessage = (issue: z.core.$ZodRawIssue): string | undefined =>
  issue.code === 'invalid_type' ? messages.wrongType(TYPE_NOUNS[issue.expected] ?? issue.expected, describe(issue.input)) : undefined;

export function parseWith<T>(file: string, json: LocatedJson, schema: z.ZodType<T>): { data?: T; problems: Problem[] } {
  const r = schema.safeParse(json.value, { reportInput: true, error: fallbackMessage });
  return r.success ? { data: r.data, problems: [] } : { problems: schemaProblems(file, json, schema, r.error.issues) };
}

/** Checks the schema cannot express: year coverage, sums, and links between files. */
export function crossCheck(
  files: { assumptions: string; sources: string; meta: string },
  located: { assumptions: LocatedJson; sources: LocatedJson; meta?: LocatedJson },
  doc: AssumptionsDoc,
  sources: SourcesFile,
  meta: VintageMeta,
  folderName: string,
  reportChecks?: (doc: AssumptionsDoc) => AssumptionProblem[],
): Problem[] {
  const problems: Problem[] = [];
  const at = (file: string, json: LocatedJson, path: PropertyKey[], message: string) =>
    problems.push({ file, pointer: toPointer(path), ...json.locate(path), message });
  const A = (path: PropertyKey[], message: string) => at(files.assumptions, located.assumptions, path, message);

  if (meta.id !== folderName)
    problems.push({ file: files.meta, pointer: '/id', ...located.meta?.locate(['id']), message: messages.vintageIdMismatch(meta.id, folderName) });

  const seen = new Set<string>();
  sources.sources.forEach((s, i) => {
    if (seen.has(s.id)) at(files.sources, located.sources, ['sources', i, 'id'], messages.duplicateSource(s.id));
    seen.add(s.id);
  });

  const { start, end } = doc.years;
  if (end <= start) A(['years'], messages.yearRange(start, end));
  const expected = Array.from({ length: Math.max(0, end - start + 1) }, (_, i) => String(start + i));

  for (const { path, node } of listAssumptions(doc)) {
    if (node.source !== undefined && !seen.has(node.source)) A([...path, 'source'], messages.unknownSource(node.source, closest(node.source, seen)));
    if (isSeriesNode(node) && end > start) {
      const found = located.assumptions.keysAt([...path, 'values']) ?? Object.keys(node.values);
      const problem = seriesProblem(found, expected);
      if (problem) A([...path, 'values'], messages.seriesYears(start, end, found, problem));
    }
  }

  for (const p of reportChecks?.(doc) ?? []) A(p.path, p.message);
  return problems;
}

function seriesProblem(found: string[], expected: string[]): string | undefined {
  const missing = expected.filter((y) => !found.includes(y));
  const extra = found.filter((y) => !expected.includes(y));
  if (missing.length) return `missing ${missing.join(', ')}`;
  if (extra.length) return `outside the horizon: ${extra.join(', ')}`;
  if (found.some((y, i) => y !== expected[i])) return 'years out of order';
  return undefined;
}

/** Timeline events must cite known sources and be listed in date order (so the table reads as a chronology). */
export function timelineProblems(file: string, located: LocatedJson, timeline: TimelineFile, sources: SourcesFile): Problem[] {
  const ids = new Set(sources.sources.map((s) => s.id));
  const problems: Problem[] = [];
  timeline.events.forEach((event, i) => {
    if (!ids.has(event.source)) {
      const path = ['events', i, 'source'];
      problems.push({
        file,
        pointer: toPointer(path),
        ...located.locate(path),
        message: messages.unknownTimelineSource(event.source, closest(event.source, ids)),
      });
    }
    const previous = timeline.events[i - 1];
    if (previous && event.date < previous.date) {
      const path = ['events', i, 'date'];
      problems.push({ file, pointer: toPointer(path), ...located.locate(path), message: messages.timelineOrder(event.date, previous.date) });
    }
  });
  return problems;
}
