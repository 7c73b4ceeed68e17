import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

/** One problem in the built site: the file (relative to dist), where in it, and what is wrong. */
export interface OutputProblem {
  file: string;
  line?: number;
  message: string;
}

export type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

export const formatOutputProblem = (p: OutputProblem) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`;

/** Every file under `dir`, as sorted paths relative to it with forward slashes. */
export function siteFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

export interface ParsedPage {
  file: string;
  html: string;
  elements: Element[];
}

/** Parses an HTML file with the HTML5 algorithm (parse5), keeping source positions. */
export function parsePage(dir: string, file: string): ParsedPage {
  const html = readFileSync(join(dir, file), 'utf8');
  const elements: Element[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node) elements.push(node);
    const children = 'childNodes' in node ? node.childNodes : [];
    for (const child of children) walk(child);
    if ('content' in node && node.content) walk(node.content as Node);
  };
  walk(parse(html, { sourceCodeLocationInfo: true }) as Node);
  return { file, html, elements };
}

export const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
export const lineOf = (el: Element) => el.sourceCodeLocation?.startLine;
