/**
 * Everything the build checks before Astro starts, collected rather than stopped at the first problem: the
 * data (schema, cross-file rules, lock), the published vintages' frozen outputs, the chapters' front matter,
 * and every reference each chapter makes. One run lists them all ("3 problems in 2 files").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Root } from 'mdast';
import { checkChapterFrontMatter } from '../../data/chapters';
import { collectProblems, formatProblem, type Problem } from '../../data/errors';
import { LOCK_FILE_NAME, loadCheckedVintages } from '../../data/lock';
import { firstCommitDate } from './git';
import { checkReferences } from '../../plugins/reference-checks';
import { dataFreeKnownNames, reportKnownNames } from '../../plugins/report-known';
import { selectSiteVintages } from '../../report/context';
import { frozenOutputProblems } from '../../report/outputs';

/** Every reference problem of every chapter, checked against the vintage `vintageId` (or, without one, what does not need the data). */
export function chapterReferenceProblems(chaptersDir: string, vintageId: string | undefined, root = process.cwd()): Problem[] {
  const parser = unified().use(remarkParse).use(remarkMdx);
  const known = vintageId ? reportKnownNames(vintageId) : dataFreeKnownNames();
  const files = readdirSync(chaptersDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  const problems: Problem[] = [];
  for (const name of files) {
    const file = relative(root, join(chaptersDir, name)) || name;
    // Front matter is not MDX: blank it out, keeping line numbers.
    const text = readFileSync(join(chaptersDir, name), 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---/, (fm) => fm.replace(/[^\n]/g, ''));
    let tree: Root;
    try {
      tree = parser.parse(text) as Root;
    } catch (e) {
      const err = e as { line?: number; column?: number; reason?: string; message: string };
      problems.push({ file, line: err.line ?? 1, column: err.column ?? 1, message: `MDX syntax: ${err.reason ?? err.message}` });
      continue;
    }
    for (const p of checkReferences(tree, known)) problems.push({ file, line: p.line ?? 1, column: p.column ?? 1, message: p.message });
  }
  return problems;
}

export interface PreflightOptions {
  dataDir: string;
  chaptersDir: string;
  includeDrafts: boolean;
  root?: string;
}

export interface PreflightProblems {
  /** Data files, the lock and the frozen outputs. */
  data: Problem[];
  /** Chapter front matter. */
  chapters: Problem[];
  /** References inside chapters (MDX source positions). */
  references: Problem[];
}

export function preflight({ dataDir, chaptersDir, includeDrafts, root = process.cwd() }: PreflightOptions): PreflightProblems {
  const data: Problem[] = [];
  const checked = collectProblems(data, () => loadCheckedVintages(dataDir, root, { chaptersDir, firstCommitted: firstCommitDate }));
  const chapters = checkChapterFrontMatter(chaptersDir, root);
  const references: Problem[] = [];
  if (checked) {
    data.push(...frozenOutputProblems(checked.vintages, checked.lock, join(dataDir, LOCK_FILE_NAME), root));
    const shown = selectSiteVintages(checked.vintages, includeDrafts).pop();
    if (shown) references.push(...chapterReferenceProblems(chaptersDir, shown.id, root));
  } else {
    // Facts and sources are unknown while the data is broken; every other chapter problem is still listed.
    references.push(...chapterReferenceProblems(chaptersDir, undefined, root));
  }
  return { data, chapters, references };
}

export const problemCount = (p: PreflightProblems) => p.data.length + p.chapters.length + p.references.length;

/** "3 problems in 2 files:", then the data problems and the chapter problems, each located (file:line:column in MDX). */
export function formatProblems(p: PreflightProblems): string {
  const all = [...p.data, ...p.chapters, ...p.references];
  const files = new Set(all.map((x) => x.file));
  const out = [`${all.length} problem${all.length === 1 ? '' : 's'} in ${files.size} file${files.size === 1 ? '' : 's'}:`];
  if (p.data.length) out.push('Invalid data:', ...p.data.map((x) => `  ${formatProblem(x)}`));
  if (p.chapters.length + p.references.length) {
    out.push(
      'Invalid chapters:',
      ...p.chapters.map((x) => `  ${formatProblem(x)}`),
      ...p.references.map((x) => `  ${x.file}:${x.line ?? 1}:${x.column ?? 1}: ${x.message}`),
    );
  }
  return out.join('\n');
}
