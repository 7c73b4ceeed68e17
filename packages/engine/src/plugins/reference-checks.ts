/**
 * Every reference an MDX chapter makes (facts, figures, cross-references, citations, components, claims,
 * vintage files), checked against what the report knows. Returns all problems of a file with their positions
 * instead of stopping at the first, so the build can list every mistake of every chapter in one run, and the
 * dev server can show each one where it is. Pure: the caller supplies what is known.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { describeCondition, holds, parseCondition } from '../lib/conditions';
import { closest, nearest } from '../lib/suggest';

export interface KnownNames {
  /** Value and display text of a fact, or undefined for an unknown name. */
  fact(name: string): { value: number | null; text: string } | undefined;
  factNames(): Iterable<string>;
  charts(): Set<string>;
  /** Ids of numbered figures and tables shown in some chapter. */
  numbered(): Set<string>;
  sources(): Set<string>;
  components(): Set<string>;
  /** Files each vintage publishes (for <VintageLink file="…">). */
  vintageFiles(): Set<string>;
  /** Which vintage the facts are of, for messages ("in vintage 2026-11"). */
  vintageId: string;
  /**
   * false when the data did not load: facts, sources and claims cannot be checked, the rest still is, so one run
   * still lists every chapter problem that does not depend on the data.
   */
  dataAvailable?: boolean;
}

const NEEDS_DATA = new Set(['Value', 'KeyFigure', 'Cite', 'Claim', 'When']);

export interface ReferenceProblem {
  message: string;
  line?: number;
  column?: number;
  /** The node to mark (the dev server replaces it with the message). */
  node: unknown;
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  position?: { start: { line: number; column: number } };
}

/** Components that name something, and by which attribute. */
const REFERENCES: Record<string, { attribute: string; kind: string; known: (k: KnownNames) => Iterable<string> }> = {
  Value: { attribute: 'name', kind: 'fact', known: (k) => k.factNames() },
  KeyFigure: { attribute: 'name', kind: 'fact', known: (k) => k.factNames() },
  Chart: { attribute: 'id', kind: 'chart', known: (k) => k.charts() },
  // A reference must point at a figure or table some chapter actually shows (it is numbered there).
  Ref: { attribute: 'id', kind: 'figure', known: (k) => k.numbered() },
  Cite: { attribute: 'id', kind: 'source', known: (k) => k.sources() },
  VintageLink: { attribute: 'file', kind: 'vintage file', known: (k) => k.vintageFiles() },
};

/** Components whose attributes state a condition on a fact; a Claim must hold, a When only needs to make sense. */
const CONDITIONAL = new Set(['Claim', 'When']);

interface EstreeNode {
  type: string;
  specifiers?: { local: { name: string } }[];
  declaration?: { id?: { name?: string }; declarations?: { id: { name?: string } }[] } | null;
}

/** Names a chapter imports or declares itself (`import X from '…'`), which MDX resolves without the component list. */
function localNames(tree: Root): Set<string> {
  const names = new Set<string>();
  visit(tree, (node) => {
    if ((node as { type: string }).type !== 'mdxjsEsm') return;
    const body = ((node.data as { estree?: { body: EstreeNode[] } } | undefined)?.estree?.body ?? []) as EstreeNode[];
    for (const statement of body) {
      for (const s of statement.specifiers ?? []) names.add(s.local.name);
      const d = statement.declaration;
      if (d?.id?.name) names.add(d.id.name);
      for (const v of d?.declarations ?? []) if (v.id.name) names.add(v.id.name);
    }
  });
  return names;
}

/** Attribute values as a component receives them: literal strings, and numbers written as {2030}. */
function attributeValues(el: JsxElement): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const a of el.attributes) {
    if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
    if (typeof a.value === 'string') out[a.name] = a.value;
    else if (a.value && typeof a.value === 'object' && 'value' in a.value) {
      const expression = String((a.value as { value: unknown }).value).trim();
      out[a.name] = /^-?\d+(\.\d+)?$/.test(expression) ? Number(expression) : expression;
    }
  }
  return out;
}

export function checkReferences(tree: Root, known: KnownNames): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const local = localNames(tree);
  visit(tree, (node) => {
    const type = (node as { type: string }).type;
    if (type !== 'mdxJsxFlowElement' && type !== 'mdxJsxTextElement') return;
    const el = node as unknown as JsxElement;
    const add = (message: string) => problems.push({ message, line: el.position?.start.line, column: el.position?.start.column, node });
    const base = el.name?.split('.')[0] ?? '';
    if (/^[A-Z]/.test(base) && !known.components().has(base) && !local.has(base)) {
      const hint = closest(base, known.components());
      const list = [...known.components()].map((c) => `<${c}>`).join(', ');
      add(`unknown component <${el.name}>${hint ? `; did you mean <${hint}>?` : '.'} Chapters can use ${list} (src/components/index.ts)`);
      return;
    }
    if (el.name && known.dataAvailable === false && NEEDS_DATA.has(el.name)) return;
    if (el.name && CONDITIONAL.has(el.name)) {
      const { condition, error } = parseCondition(attributeValues(el));
      if (!condition) return add(`<${el.name}> ${error}`);
      const fact = known.fact(condition.fact);
      if (!fact) {
        const hint = nearest(condition.fact, known.factNames());
        return add(`unknown fact "${condition.fact}" in <${el.name}>${hint.length ? `; did you mean ${hint.map((h) => `"${h}"`).join(', ')}?` : ''}`);
      }
      if (el.name === 'Claim' && !holds(condition, fact.value)) {
        add(
          `claim no longer holds: it needs ${describeCondition(condition)}, but ${condition.fact} is ${fact.value === null ? 'none' : fact.text} in vintage ${known.vintageId}. ` +
            'Rewrite the sentence, or state it for either outcome with <When>',
        );
      }
      return;
    }
    const ref = el.name ? REFERENCES[el.name] : undefined;
    if (!ref) return;
    // <VintageLink> without a file links to the vintage's data index.
    if (el.name === 'VintageLink' && !el.attributes.some((a) => a.name === 'file')) return;
    const value = attributeValues(el)[ref.attribute];
    if (typeof value !== 'string' || !el.attributes.some((a) => a.name === ref.attribute && typeof a.value === 'string')) {
      return add(`<${el.name}> needs a literal ${ref.attribute}="…" attribute naming a ${ref.kind}`);
    }
    const names = new Set(ref.known(known));
    if (!names.has(value)) {
      const hint = nearest(value, names);
      add(`unknown ${ref.kind} "${value}" in <${el.name}>${hint.length ? `; did you mean ${hint.map((h) => `"${h}"`).join(', ')}?` : ''}`);
    }
  });
  return problems;
}
