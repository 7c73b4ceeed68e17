import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { chartIds } from '../charts/registry';
import { closest, nearest } from '../lib/suggest';
import { getReport } from '../report/context';
import { chaptersDir } from '../settings';
import { reportIndex } from './report-index';

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  position?: unknown;
}

/** Which components reference what, and by which attribute. */
const REFERENCES: Record<string, { attribute: string; kind: string; known: () => Set<string> }> = {
  Value: { attribute: 'name', kind: 'fact', known: () => new Set(getReport().facts.names()) },
  KeyFigure: { attribute: 'name', kind: 'fact', known: () => new Set(getReport().facts.names()) },
  Chart: { attribute: 'id', kind: 'chart', known: () => new Set(chartIds()) },
  // A reference must point at a figure or table some chapter actually shows (it is numbered there).
  Ref: { attribute: 'id', kind: 'figure', known: () => new Set(reportIndex(chaptersDir()).items.keys()) },
  Cite: { attribute: 'id', kind: 'source', known: () => new Set(getReport().vintage.sources.map((s) => s.id)) },
};

/**
 * Components a chapter may use: the exports of src/components/index.ts (read as text, because this plugin runs
 * before Vite can load .astro files). A capitalised tag that is neither listed there nor imported by the chapter
 * would otherwise fail at render time with no file or line.
 */
let available: Set<string> | undefined;
export function availableComponents(): Set<string> {
  available ??= new Set(
    [...readFileSync(new URL('../components/index.ts', import.meta.url), 'utf8').matchAll(/export\s*\{\s*default\s+as\s+(\w+)\s*\}/g)].map((m) => m[1]!),
  );
  return available;
}

interface EstreeNode {
  type: string;
  specifiers?: { local: { name: string } }[];
  declaration?: { id?: { name?: string }; declarations?: { id: { name?: string } }[] } | null;
}

/** Names a chapter imports or declares itself (`import X from '…'`), which MDX resolves without our list. */
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

/**
 * Checks every <Value name>, <Chart id>, <Ref id> and <Cite id> in an MDX file against the model's facts,
 * the chart registry and the vintage's sources,
 * so a typo fails the build with the file, the line and the closest known names.
 */
export function remarkReportRefs() {
  return (tree: Root, file: VFile) => {
    const local = localNames(tree);
    visit(tree, (node) => {
      const type = (node as { type: string }).type;
      if (type !== 'mdxJsxFlowElement' && type !== 'mdxJsxTextElement') return;
      const el = node as unknown as JsxElement;
      const base = el.name?.split('.')[0] ?? '';
      if (/^[A-Z]/.test(base) && !availableComponents().has(base) && !local.has(base)) {
        const hint = closest(base, availableComponents());
        const known = [...availableComponents()].map((c) => `<${c}>`).join(', ');
        file.fail(`unknown component <${el.name}>${hint ? `; did you mean <${hint}>?` : '.'} Chapters can use ${known} (src/components/index.ts)`, node as never);
      }
      const ref = el.name ? REFERENCES[el.name] : undefined;
      if (!ref) return;
      const attr = el.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === ref.attribute);
      if (!attr || typeof attr.value !== 'string') {
        file.fail(`<${el.name}> needs a literal ${ref.attribute}="…" attribute naming a ${ref.kind}`, node as never);
      }
      const value = attr!.value as string;
      const known = ref.known();
      if (!known.has(value)) {
        const hint = nearest(value, known);
        file.fail(`unknown ${ref.kind} "${value}" in <${el.name}>; did you mean ${hint.map((h) => `"${h}"`).join(', ')}?`, node as never);
      }
    });
  };
}
