import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar, type Node } from 'yaml';
import type { Problem } from './errors';
import { chapterMessages } from './messages';

/**
 * Checks every chapter's front matter before Astro starts, so a missing title or a YAML slip fails the build in
 * a second with the file, line and column (Astro's own schema error names the file only).
 * Astro's collection schema (src/content.config.ts) stays the authority; this repeats its required fields.
 */
export function checkChapterFrontMatter(chaptersDir: string, root = process.cwd()): Problem[] {
  const files = readdirSync(chaptersDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  return files.flatMap((f) => frontMatterProblems(relative(root, join(chaptersDir, f)), readFileSync(join(chaptersDir, f), 'utf8')));
}

export function frontMatterProblems(file: string, text: string): Problem[] {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!match) return [{ file, line: 1, column: 1, message: chapterMessages.noFrontMatter() }];
  const lines = new LineCounter();
  const doc = parseDocument(match[1]!, { lineCounter: lines, prettyErrors: false });
  // +1: the YAML starts on the line after the opening ---.
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { line: line + 1, column: col };
  };
  if (doc.errors.length > 0) return doc.errors.map((e) => ({ file, ...at(e.pos[0]), message: chapterMessages.yaml(e.message.split('\n')[0]!) }));
  if (!isMap(doc.contents)) return [{ file, line: 2, column: 1, message: chapterMessages.noFrontMatter() }];

  const problems: Problem[] = [];
  const field = (key: string) => (doc.contents && isMap(doc.contents) ? (doc.contents.get(key, true) as Node | undefined) : undefined);
  const check = (key: 'title' | 'order' | 'description', ok: (v: unknown) => boolean) => {
    const node = field(key);
    if (node === undefined) problems.push({ file, pointer: `/${key}`, line: 2, column: 1, message: chapterMessages.missing[key] });
    else if (!isScalar(node) || !ok(node.value))
      problems.push({ file, pointer: `/${key}`, ...at(node.range?.[0] ?? 0), message: chapterMessages.invalid[key] });
  };
  check('title', (v) => typeof v === 'string' && v.trim() !== '');
  check('order', (v) => typeof v === 'number' && Number.isFinite(v));
  check('description', (v) => typeof v === 'string' && v.trim() !== '');
  return problems;
}
