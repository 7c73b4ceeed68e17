import { relative } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { checkReferences, type ReferenceProblem } from './reference-checks';
import { availableComponents, reportKnownNames } from './report-known';

export { availableComponents };

export interface ReportRefsOptions {
  /**
   * 'fail' (build): the file fails with every problem it has. 'show' (dev server): each bad element is replaced
   * by its message and the page opens with the list, so the page itself says what is wrong, without JavaScript.
   */
  onProblem?: 'fail' | 'show';
}

const where = (file: VFile, p: Pick<ReferenceProblem, 'line' | 'column'>) =>
  `${relative(process.cwd(), file.path) || file.path}:${p.line ?? 1}:${p.column ?? 1}`;

/** Replaces a bad element with a visible message in place (inline or block, as the element was). */
function markInPlace(node: unknown, text: string): void {
  const el = node as { type: string; name: string | null; attributes: unknown[]; children: unknown[] };
  const inline = el.type === 'mdxJsxTextElement';
  const attributes = [
    { type: 'mdxJsxAttribute', name: 'class', value: 'reference-problem' },
    { type: 'mdxJsxAttribute', name: 'role', value: 'alert' },
  ];
  el.name = inline ? 'mark' : 'div';
  el.attributes = attributes;
  // As code: a message may quote a number, which the number lint would otherwise take for hand-typed prose.
  el.children = inline ? [{ type: 'inlineCode', value: text }] : [{ type: 'paragraph', children: [{ type: 'inlineCode', value: text }] }];
}

/**
 * Checks every <Value name>, <KeyFigure name>, <Chart id>, <Ref id>, <Cite id>, <VintageLink file>, <Claim> and
 * <When> in an MDX file, and every capitalised tag, against the report: a typo or a claim that no longer holds
 * fails with the file, the line, the column and the closest known names.
 */
export function remarkReportRefs(options: ReportRefsOptions = {}) {
  const onProblem = options.onProblem ?? 'fail';
  return (tree: Root, file: VFile) => {
    const problems = checkReferences(tree, reportKnownNames());
    if (problems.length === 0) return;
    if (onProblem === 'fail') {
      const first = problems[0]!;
      const message =
        problems.length === 1
          ? first.message
          : `${problems.length} problems in this file:\n${problems.map((p) => `  ${where(file, p)}: ${p.message}`).join('\n')}`;
      file.fail(message, first.node as never);
    }
    const lines = problems.map((p) => `${where(file, p)}: ${p.message}`);
    for (const line of lines) console.error(`[report] ${line}`);
    for (let i = 0; i < problems.length; i++) markInPlace(problems[i]!.node, lines[i]!);
    const summary = {
      type: 'mdxJsxFlowElement',
      name: 'div',
      attributes: [
        { type: 'mdxJsxAttribute', name: 'class', value: 'reference-problems' },
        { type: 'mdxJsxAttribute', name: 'role', value: 'alert' },
      ],
      children: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'strong',
              children: [{ type: 'text', value: `${problems.length} problem${problems.length === 1 ? '' : 's'} in this chapter (the build fails on them):` }],
            },
          ],
        },
        {
          type: 'list',
          ordered: false,
          spread: false,
          children: lines.map((l) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'inlineCode', value: l }] }] })),
        },
      ],
    };
    // After the front matter and imports, so the page opens with it.
    const at = tree.children.findIndex((n) => n.type !== 'yaml' && (n.type as string) !== 'mdxjsEsm');
    tree.children.splice(at < 0 ? tree.children.length : at, 0, summary as never);
  };
}
