/**
 * The report-wide index behind figure numbers, cross-references and citation numbers.
 *
 * MDX chapters are compiled one file at a time, so no single compile knows that a chart is the third figure
 * of the report. This module reads every chapter once, in reading order (front matter `order`, then file id,
 * the same order as the site's chapter list), and records each numbered element and each citation in the
 * order a reader meets them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { slug as githubSlug } from 'github-slugger';
import yaml from 'js-yaml';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export type NumberedKind = 'figure' | 'table';

/** Components that create a numbered element, and what they are numbered as. */
export const NUMBERED: Record<string, NumberedKind> = { Chart: 'figure', Figure: 'figure', Table: 'table' };
const KIND_LABEL: Record<NumberedKind, string> = { figure: 'Figure', table: 'Table' };

interface Location {
  file: string;
  line: number;
  column: number;
}

interface NumberedItem extends Location {
  id: string;
  kind: NumberedKind;
  /** 1-based, per kind, in reading order across the whole report. */
  number: number;
  /** "Figure 3" */
  label: string;
  /** Slug of the chapter that shows it (its page is /<slug>/). */
  chapter: string;
  /** The component that created it (Chart, Figure or Table) and its literal title="…", if any. */
  component: string;
  title?: string;
}

interface ChapterEntry {
  /** Content-collection id (slugified file name, e.g. "01-executive-summary"). */
  id: string;
  slug: string;
  title: string;
  order: number;
  file: string;
  /** Source ids cited in this chapter, in first-citation order, without repeats. */
  citations: string[];
}

export interface ReportIndex {
  chapters: ChapterEntry[];
  items: Map<string, NumberedItem>;
  /** Source id → citation number, numbered report-wide in order of first citation. */
  citationNumbers: Map<string, number>;
}

export class ReportIndexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportIndexError';
  }
}

/** Same rule as the site's URLs: the file name without its ordering prefix ("02-why-now" → "why-now"). */
export const slugFromId = (id: string) => id.replace(/^\d+[-_]/, '');

/** Astro's glob loader id: each path segment slugified, without the extension. */
export const collectionId = (relativePath: string) =>
  relativePath
    .replace(/\.mdx?$/, '')
    .split(sep)
    .map((segment) => githubSlug(segment))
    .join('/');

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number } };
}

export const literalAttribute = (node: JsxNode, name: string): string | undefined => {
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attr?.value === 'string' ? attr.value : undefined;
};

const isJsx = (node: { type: string }): node is JsxNode => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

function listMdx(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names.filter((n) => /\.mdx$/.test(n)).map((n) => join(dir, n));
}

/** Front matter as an object; invalid YAML reads as none (the front-matter check reports it with its line). */
function parseYaml(text: string | undefined): { title?: unknown; order?: unknown } | null {
  if (text === undefined) return {};
  try {
    return yaml.load(text) as { title?: unknown; order?: unknown } | null;
  } catch {
    return null;
  }
}

function frontMatter(text: string, file: string): { title: string; order: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  const data = parseYaml(match?.[1]);
  // The content collection's schema reports missing fields with a better message; fall back quietly here.
  return { title: typeof data?.title === 'string' ? data.title : file, order: typeof data?.order === 'number' ? data.order : Number.MAX_SAFE_INTEGER };
}

const where = (loc: Location) => `${loc.file}:${loc.line}:${loc.column}`;

/** Reads and indexes every chapter in `chaptersDir`. Throws ReportIndexError on a duplicate id. */
export function buildReportIndex(chaptersDir: string, displayRoot = process.cwd()): ReportIndex {
  const parser = unified().use(remarkParse).use(remarkMdx);
  const parsed = listMdx(chaptersDir).map((path) => {
    const text = readFileSync(path, 'utf8');
    const id = collectionId(relative(chaptersDir, path));
    return { path, text, id, ...frontMatter(text, path) };
  });
  parsed.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));

  const items = new Map<string, NumberedItem>();
  const counters: Record<NumberedKind, number> = { figure: 0, table: 0 };
  const citationNumbers = new Map<string, number>();
  const chapters: ChapterEntry[] = [];

  for (const chapter of parsed) {
    const file = relative(displayRoot, chapter.path) || chapter.path;
    const slug = slugFromId(chapter.id);
    const citations: string[] = [];
    // Front matter is not MDX; blank it out (keeping line numbers) before parsing.
    const body = chapter.text.replace(/^---\r?\n[\s\S]*?\r?\n---/, (fm) => fm.replace(/[^\n]/g, ''));
    let tree;
    try {
      tree = parser.parse(body);
    } catch {
      // The MDX compiler reports syntax errors itself, with more context; skip the file here.
      continue;
    }
    visit(tree, (n) => {
      const node = n as unknown as JsxNode;
      if (!isJsx(node) || !node.name) return;
      const start = node.position?.start ?? { line: 0, column: 0 };
      const loc: Location = { file, line: start.line, column: start.column };
      const kind = NUMBERED[node.name];
      const id = literalAttribute(node, 'id');
      if (kind && id) {
        const previous = items.get(id);
        if (previous) {
          throw new ReportIndexError(
            `${where(loc)}: duplicate id "${id}" in <${node.name}>; it is already used by <${previous.component}> at ${where(previous)}. Each figure and table needs its own id.`,
          );
        }
        const number = ++counters[kind];
        items.set(id, {
          id,
          kind,
          number,
          label: `${KIND_LABEL[kind]} ${number}`,
          chapter: slug,
          component: node.name,
          title: literalAttribute(node, 'title'),
          ...loc,
        });
      }
      if (node.name === 'Cite' && id) {
        if (!citationNumbers.has(id)) citationNumbers.set(id, citationNumbers.size + 1);
        if (!citations.includes(id)) citations.push(id);
      }
    });
    chapters.push({ id: chapter.id, slug, title: chapter.title, order: chapter.order, file: chapter.path, citations });
  }
  return { chapters, items, citationNumbers };
}

let cached: { key: string; index: ReportIndex } | undefined;

/**
 * The index for `chaptersDir`, rebuilt only when a chapter file changed (dev server) and computed once per
 * build otherwise.
 */
export function reportIndex(chaptersDir: string): ReportIndex {
  const key = listMdx(chaptersDir)
    .map((p) => {
      const s = statSync(p);
      return `${p}:${s.mtimeMs}:${s.size}`;
    })
    .join('|');
  if (cached?.key !== key) cached = { key, index: buildReportIndex(chaptersDir) };
  return cached.index;
}
