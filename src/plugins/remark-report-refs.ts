import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { chartIds } from '../charts/registry';
import { nearest } from '../lib/suggest';
import { getReport } from '../report/context';

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
  Ref: { attribute: 'id', kind: 'figure', known: () => new Set(chartIds()) },
  Cite: { attribute: 'id', kind: 'source', known: () => new Set(getReport().vintage.sources.map((s) => s.id)) },
};

/**
 * Checks every <Value name>, <Chart id>, <Ref id> and <Cite id> in an MDX file against the model's facts,
 * the chart registry and the vintage's sources,
 * so a typo fails the build with the file, the line and the closest known names.
 */
export function remarkReportRefs() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      const type = (node as { type: string }).type;
      if (type !== 'mdxJsxFlowElement' && type !== 'mdxJsxTextElement') return;
      const el = node as unknown as JsxElement;
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
