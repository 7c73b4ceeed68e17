/**
 * Rules that make sources carry their numbers (vintage format 2): a source an assumption cites holds the quoted
 * passage the value comes from, and every listed source is cited somewhere (an assumption, a timeline event or a
 * chapter), so the source list is the evidence actually used and nothing else. Plus one rule for every format:
 * a vintage cannot cite a source dated after its own publication unless it says it was reconstructed later.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listAssumptions } from './assumptions';
import { toPointer, type Problem } from './errors';
import type { LocatedJson } from './json';
import { sourceMessages } from './messages';
import type { AssumptionsDoc, Source, TimelineEvent, VintageMeta } from './schema';

/** Source ids cited by `<Cite id="…" />` in the chapters (a plain scan: the MDX compiler checks the syntax later). */
export function chapterCitations(chaptersDir: string): Set<string> {
  const ids = new Set<string>();
  let files: string[];
  try {
    files = readdirSync(chaptersDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
  } catch {
    return ids;
  }
  for (const f of files) {
    for (const m of readFileSync(join(chaptersDir, f), 'utf8').matchAll(/<Cite\s+id\s*=\s*["']([^"']+)["']/g)) ids.add(m[1]!);
  }
  return ids;
}

export interface SourceUse {
  /** Source id → dotted ids of the assumptions citing it for a value. */
  byAssumption: Map<string, string[]>;
  /** Every id cited anywhere: assumptions, timeline events, chapters. */
  all: Set<string>;
}

export function sourceUse(doc: AssumptionsDoc, timeline: readonly TimelineEvent[], chapterCites: ReadonlySet<string>): SourceUse {
  const byAssumption = new Map<string, string[]>();
  for (const { id, node } of listAssumptions(doc)) {
    if (node.source === undefined) continue;
    byAssumption.set(node.source, [...(byAssumption.get(node.source) ?? []), id]);
  }
  const all = new Set<string>([...byAssumption.keys(), ...timeline.map((e) => e.source), ...chapterCites]);
  return { byAssumption, all };
}

/**
 * Format-2 rules: a quote on every source cited for a value, no aggregator as the source of a value (cite the
 * original, or give the value a rationale), and no source that nothing cites.
 */
export function citationProblems(file: string, located: LocatedJson, sources: readonly Source[], use: SourceUse): Problem[] {
  const problems: Problem[] = [];
  sources.forEach((s, i) => {
    const citedFor = use.byAssumption.get(s.id);
    if (citedFor && !('quote' in s && s.quote)) {
      const path = ['sources', i];
      problems.push({ file, pointer: toPointer([...path, 'quote']), ...located.locate(path), message: sourceMessages.quoteMissing(s.id, citedFor) });
    }
    if (citedFor && s.kind === 'aggregator') {
      const path = ['sources', i, 'kind'];
      problems.push({ file, pointer: toPointer(path), ...located.locate(path), message: sourceMessages.aggregatorForValue(s.id, citedFor) });
    }
    if (!use.all.has(s.id)) {
      const path = ['sources', i, 'id'];
      problems.push({ file, pointer: toPointer(path), ...located.locate(path), message: sourceMessages.uncited(s.id) });
    }
  });
  return problems;
}

/**
 * A vintage that cites evidence dated after its publication date was made later than it says: it must carry a
 * `reconstructed` mark with the date it was made (and that date cannot precede the publication date).
 */
export function reconstructionProblems(file: string, located: LocatedJson | undefined, meta: VintageMeta, sources: readonly Source[]): Problem[] {
  const at = (path: string[]) => ({ file, pointer: toPointer(path), ...located?.locate(path) });
  if (meta.reconstructed) {
    return meta.reconstructed.made < meta.published
      ? [{ ...at(['reconstructed', 'made']), message: sourceMessages.madeBeforePublished(meta.reconstructed.made, meta.published) }]
      : [];
  }
  // Partial dates (YYYY or YYYY-MM) count from their first day, so only evidence certainly later is flagged.
  const later = sources.filter((s) => s.date > meta.published && !meta.published.startsWith(s.date));
  return later.length > 0
    ? [
        {
          ...at(['published']),
          message: sourceMessages.citesLaterEvidence(
            meta.id,
            meta.published,
            later.map((s) => `${s.id} (${s.date})`),
          ),
        },
      ]
    : [];
}

/** Days between two ISO dates (b − a). */
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Grace between a stated publication date and the first commit of the vintage before it counts as a reconstruction. */
export const RECONSTRUCTION_GRACE_DAYS = 31;

/**
 * The repository's own record: a vintage whose files were first committed well after its publication date was
 * not made on that date. `firstCommitted` is undefined outside a git checkout, and then nothing can be said.
 */
export function firstCommitProblems(file: string, meta: VintageMeta, firstCommitted: string | undefined): Problem[] {
  if (meta.reconstructed || firstCommitted === undefined) return [];
  if (daysBetween(meta.published, firstCommitted) <= RECONSTRUCTION_GRACE_DAYS) return [];
  return [{ file, pointer: '/published', message: sourceMessages.committedLater(meta.id, meta.published, firstCommitted) }];
}
