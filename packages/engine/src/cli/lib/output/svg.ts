import { SyntaxValidator } from 'fast-xml-validator';
import type { OutputProblem, ParsedPage } from './site';

const xml = new SyntaxValidator({ invalidCharSequence: { attrLt: true } });

/** Well-formedness problem of an XML text, or undefined; line and column are 1-based within the text. */
export function xmlProblem(text: string): { line: number; message: string } | undefined {
  try {
    xml.validate(text);
  } catch (e) {
    const err = e as Error & { line?: number };
    return { line: err.line ?? 1, message: err.message };
  }
  // HTML named entities (&nbsp;) are fine in HTML but undefined in XML; the validator does not check them.
  const entity = text.match(/&(?!(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);)[^\s;]*;?/i);
  if (entity) return { line: text.slice(0, entity.index).split('\n').length, message: `${JSON.stringify(entity[0])} is not an XML entity` };
  return undefined;
}

/** Every inline <svg> must be well-formed XML on its own, so it also works when saved or opened as a file. */
export function checkInlineSvgs(page: ParsedPage): OutputProblem[] {
  const problems: OutputProblem[] = [];
  for (const el of page.elements) {
    if (el.tagName !== 'svg') continue;
    const loc = el.sourceCodeLocation;
    if (!loc?.endTag) {
      problems.push({ file: page.file, line: loc?.startLine, message: '<svg> has no closing tag' });
      continue;
    }
    const problem = xmlProblem(page.html.slice(loc.startOffset, loc.endOffset));
    if (problem) problems.push({ file: page.file, line: loc.startLine + problem.line - 1, message: `inline SVG is not well-formed XML: ${problem.message}` });
  }
  return problems;
}

/** Count of inline SVGs, so a test can tell "all valid" from "none found". */
