import type { Root } from 'mdast';
import { resolve } from 'node:path';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { chaptersDir } from '../settings';
import { collectionId, literalAttribute, NUMBERED, reportIndex, slugFromId } from './report-index';

interface JsxNode {
  type: string;
  name?: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

const setAttribute = (node: JsxNode, name: string, value: string) => {
  node.attributes = node.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name === name));
  node.attributes.push({ type: 'mdxJsxAttribute', name, value });
};

/**
 * Gives numbered elements and references their report-wide numbers, as extra props the components render:
 * <Chart id> / <Figure id> / <Table id> get number="3"; <Ref id> gets label="Figure 3" and chapter="<slug>"
 * (the page that shows the target); <Cite id> gets number (report-wide, first-citation order) and chapter.
 * Unknown ids were already rejected by remarkReportRefs, which runs first.
 */
export function remarkReportNumbering() {
  return (tree: Root, file: VFile) => {
    const index = reportIndex(chaptersDir());
    const path = file.path ? resolve(file.path) : '';
    const inChapters = path.startsWith(chaptersDir());
    const currentChapter = inChapters ? slugFromId(collectionId(path.slice(chaptersDir().length + 1))) : undefined;
    visit(tree, (n) => {
      const node = n as unknown as JsxNode;
      if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !node.name) return;
      const id = literalAttribute(node, 'id');
      if (!id) {
        if (NUMBERED[node.name])
          file.fail(`<${node.name}> needs a literal id="…" attribute (figures and tables are numbered and referenced by id)`, n as never);
        return;
      }
      if (NUMBERED[node.name] && inChapters) {
        const item = index.items.get(id);
        if (item) setAttribute(node, 'number', String(item.number));
      } else if (node.name === 'Ref') {
        const item = index.items.get(id);
        if (item) {
          setAttribute(node, 'label', item.label);
          setAttribute(node, 'chapter', item.chapter);
        }
      } else if (node.name === 'Cite') {
        const number = index.citationNumbers.get(id);
        if (number) setAttribute(node, 'number', String(number));
        if (currentChapter) setAttribute(node, 'chapter', currentChapter);
      }
    });
  };
}
