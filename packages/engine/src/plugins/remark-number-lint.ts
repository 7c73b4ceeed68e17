import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * Number lint for report prose: a percentage, a dollar amount, a multiple ("3.5x"), a "million/billion"
 * amount or a growth figure typed by hand fails the build, because forecast numbers must come from the
 * model through <Value name="…"/>. Sourced historical figures are allowed when
 *   - the same sentence carries a <Cite id="…"/> (put the Cite before the full stop), or
 *   - they sit inside <Historical>…</Historical> (inline or around whole paragraphs).
 * Years, numbers with a unit letter (40G, 2.5T), plain counts and physical units such as W are not flagged.
 */

export interface NumberLintOptions {
  /** JSX elements whose content is never flagged. */
  allowElements?: readonly string[];
  /** JSX elements that make a whole sentence citable (numbers in that sentence pass). */
  citeElements?: readonly string[];
}

const DEFAULT_ALLOW = ['Historical', 'Value', 'Chart', 'Ref', 'Cite'];
const DEFAULT_CITE = ['Cite'];

export interface Finding {
  text: string;
  kind: string;
  /** Offset of the match in the scanned string. */
  index: number;
}

const NUM = String.raw`[-+−–]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const PATTERNS: { kind: string; re: RegExp }[] = [
  { kind: 'dollar amount', re: new RegExp(String.raw`(?:US|USD\s?)?\$\s?${NUM}(?:\s?(?:k|m|bn|b|t|million|billion|trillion)\b)?`, 'gi') },
  { kind: 'dollar amount', re: new RegExp(String.raw`\b(?:USD|US\$)\s?${NUM}|${NUM}\s?(?:USD|dollars)\b`, 'gi') },
  { kind: 'percentage', re: new RegExp(String.raw`${NUM}\s?(?:%|percent\b|per\s?cent\b|percentage points?\b|pp\b)`, 'gi') },
  { kind: 'multiple', re: new RegExp(String.raw`(?<![\w.])${NUM}[x×](?![\w])`, 'gi') },
  { kind: 'amount', re: new RegExp(String.raw`${NUM}\s?(?:million|billion|trillion|bn)\b`, 'gi') },
  {
    kind: 'growth figure',
    re: new RegExp(
      String.raw`\bCAGR\s+(?:of\s+)?(?!(?:19|20)\d\d\b)${NUM}|(?<![\w–-])(?!(?:19|20)\d\d\b)${NUM}\s+CAGR\b|${NUM}\s?(?:YoY|y/y|year[- ]on[- ]year|year[- ]over[- ]year)\b`,
      'gi',
    ),
  },
];

/** Forecast-looking numbers in a piece of prose; overlapping matches are reported once. Pure. */
export function findForecastNumbers(text: string): Finding[] {
  const found: Finding[] = [];
  for (const { kind, re } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!found.some((f) => start < f.index + f.text.length && f.index < end)) found.push({ text: m[0].trim(), kind, index: start });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

interface Point {
  line: number;
  column: number;
}
type Token = { type: 'text'; value: string; start?: Point } | { type: 'cite' };
interface Problem {
  text: string;
  kind: string;
  place?: Point;
}

interface AnyNode {
  type: string;
  value?: unknown;
  name?: string | null;
  children?: AnyNode[];
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: Point; end: Point };
  alt?: unknown;
}

const isJsx = (n: AnyNode) => n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement';
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** Ends a sentence: terminal punctuation (plus closing quotes or brackets) followed by space or the end. */
const SENTENCE_END = /(?<!\b(?:e\.g|i\.e|vs|approx|etc|Inc|Fig|No))[.!?]["'”’)\]]*(?=\s|$)/g;

/** Where `offset` characters into a text node lands in the source (exact unless the text held escapes). */
function advance(start: Point | undefined, value: string, offset: number): Point | undefined {
  if (!start) return undefined;
  const before = value.slice(0, offset);
  const lines = before.split('\n');
  return lines.length === 1
    ? { line: start.line, column: start.column + offset }
    : { line: start.line + lines.length - 1, column: lines[lines.length - 1]!.length + 1 };
}

function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
}

export function remarkNumberLint(options: NumberLintOptions = {}) {
  const allow = new Set(options.allowElements ?? DEFAULT_ALLOW);
  const cite = new Set(options.citeElements ?? DEFAULT_CITE);

  /** Flattens a block's inline content into text and cite markers; allowed elements contribute nothing to lint. */
  function tokens(node: AnyNode, out: Token[], problems: Problem[]): Token[] {
    for (const child of node.children ?? []) {
      if (child.type === 'text') out.push({ type: 'text', value: String(child.value ?? ''), start: child.position?.start });
      else if (isJsx(child)) {
        if (child.name && cite.has(child.name)) out.push({ type: 'cite' });
        if (child.name && allow.has(child.name)) continue;
        attributeProblems(child, problems);
        tokens(child, out, problems);
      } else if (child.type === 'mdxTextExpression') {
        out.push({ type: 'text', value: stripComments(String(child.value ?? '')), start: child.position?.start });
      } else if (child.type !== 'inlineCode' && child.type !== 'code') tokens(child, out, problems);
    }
    return out;
  }

  function attributeProblems(el: AnyNode, problems: Problem[]): void {
    for (const attr of el.attributes ?? []) {
      if (attr.type !== 'mdxJsxAttribute' || typeof attr.value !== 'string') continue;
      for (const f of findForecastNumbers(attr.value))
        problems.push({ text: f.text, kind: `${f.kind} in the ${attr.name} attribute of <${el.name}>`, place: el.position?.start });
    }
  }

  /** Splits tokens into sentences; a sentence with a cite marker is exempt. */
  function blockProblems(toks: Token[], problems: Problem[]): void {
    let sentence: { value: string; start?: Point; offset: number }[] = [];
    let cited = false;
    const flush = () => {
      if (!cited) {
        for (const part of sentence) {
          for (const f of findForecastNumbers(part.value))
            problems.push({ text: f.text, kind: f.kind, place: advance(part.start, part.value, part.offset + f.index) });
        }
      }
      sentence = [];
      cited = false;
    };
    for (const t of toks) {
      if (t.type === 'cite') {
        cited = true;
        continue;
      }
      let from = 0;
      SENTENCE_END.lastIndex = 0;
      for (let m = SENTENCE_END.exec(t.value); m; m = SENTENCE_END.exec(t.value)) {
        const end = m.index + m[0].length;
        sentence.push({ value: t.value.slice(from, end), start: t.start, offset: from });
        flush();
        from = end;
      }
      if (from < t.value.length) sentence.push({ value: t.value.slice(from), start: t.start, offset: from });
    }
    flush();
  }

  return (tree: Root, file: VFile) => {
    const problems: Problem[] = [];
    visit(tree as never, (node: AnyNode) => {
      if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'yaml' || node.type === 'toml') return SKIP;
      if (isJsx(node)) {
        if (node.name && allow.has(node.name)) return SKIP;
        attributeProblems(node, problems);
        return undefined;
      }
      if (node.type === 'mdxFlowExpression') {
        for (const f of findForecastNumbers(stripComments(String(node.value ?? ''))))
          problems.push({ text: f.text, kind: f.kind, place: node.position?.start });
        return SKIP;
      }
      if (BLOCKS.has(node.type)) {
        blockProblems(tokens(node, [], problems), problems);
        return SKIP;
      }
      if (node.type === 'image' && typeof node.alt === 'string') {
        for (const f of findForecastNumbers(node.alt)) problems.push({ text: f.text, kind: `${f.kind} in image alt text`, place: node.position?.start });
      }
      return undefined;
    });
    if (problems.length === 0) return;
    const where = (p: Problem) => (p.place ? `${p.place.line}:${p.place.column}` : '?');
    for (const p of problems) {
      file.message(`hand-typed ${p.kind} "${p.text}"`, {
        ...(p.place ? { place: p.place } : {}),
        ruleId: 'no-hand-typed-forecast',
        source: 'remark-number-lint',
      });
    }
    const list = problems.map((p) => `  ${file.path ?? 'file'}:${where(p)} ${p.kind} "${p.text}"`).join('\n');
    file.fail(
      `${problems.length} hand-typed forecast-looking number${problems.length === 1 ? '' : 's'} in prose. ` +
        `Show model numbers with <Value name="…"/>; for a sourced historical figure put <Cite id="…"/> in the same sentence ` +
        `or wrap it in <Historical>…</Historical>.\n${list}`,
      { ...(problems[0]!.place ? { place: problems[0]!.place } : {}), ruleId: 'no-hand-typed-forecast', source: 'remark-number-lint' },
    );
  };
}
