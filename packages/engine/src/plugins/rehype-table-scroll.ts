import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Wraps each Markdown table in a focusable, labelled scroll region, so a wide table scrolls inside its own box
 * on a phone instead of making the whole page scroll sideways, and demotes empty header cells to data cells. Tables inside <Table> (which has its own
 * region) and tables already in a region are left alone.
 */
const text = (n: { type: string; value?: string; children?: unknown[] }): string =>
  n.type === 'text' ? (n.value ?? '') : (n.children ?? []).map((c) => text(c as never)).join('');

/** A name for the region from the table's column headings: regions on one page need different names. */
function label(table: Element): string {
  const headings: string[] = [];
  visit(table, 'element', (el: Element) => {
    if (el.tagName === 'th' && headings.length < 4) headings.push(text(el as never).trim());
  });
  return headings.length ? `Table: ${headings.filter(Boolean).join(', ')}` : 'Table';
}

export function rehypeTableScroll() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (index === undefined || !parent) return;
      const el = node as Element;
      if (el.type !== 'element' || el.tagName !== 'table') return;
      // An empty corner cell above the row headings is not a header: make it a data cell (axe: empty-table-header).
      // Header cells say what they head (html-validate wcag/h63): columns in <thead>, rows in <tbody>.
      visit(el, 'element', (section: Element) => {
        if (section.tagName !== 'thead' && section.tagName !== 'tbody') return;
        visit(section, 'element', (cell: Element) => {
          if (cell.tagName !== 'th') return;
          if (!text(cell as never).trim()) cell.tagName = 'td';
          else cell.properties = { ...cell.properties, scope: section.tagName === 'thead' ? 'col' : 'row' };
        });
      });
      const p = parent as unknown as { type: string; name?: string; properties?: { className?: unknown } };
      if (p.type === 'mdxJsxFlowElement' && p.name === 'Table') return;
      const parentClass = p.properties?.className;
      if (Array.isArray(parentClass) && parentClass.includes('table-scroll')) return;
      const wrapper: Element = {
        type: 'element',
        tagName: 'section',
        properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: label(el) },
        children: [el],
      };
      (parent.children as unknown[])[index] = wrapper;
      return 'skip';
    });
  };
}
