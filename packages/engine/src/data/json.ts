import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { DataError } from './errors';
import { messages } from './messages';

export const MAX_DATA_FILE_BYTES = 5_000_000;

export interface LocatedJson {
  value: unknown;
  /** Line and column (1-based) of the value at `path`, or of its nearest existing ancestor. */
  locate(path: readonly PropertyKey[]): { line: number; column: number };
  /** Keys of the object at `path` in the order the file lists them (JavaScript sorts integer-like keys). */
  keysAt(path: readonly PropertyKey[]): string[] | undefined;
}

function lineColumn(text: string, offset: number) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Decodes bytes as strict UTF-8 and parses strict JSON, with line and column on every error. */
export function parseJsonFile(file: string, bytes: Uint8Array): LocatedJson {
  if (bytes.length > MAX_DATA_FILE_BYTES) throw new DataError([{ file, message: messages.tooLarge(bytes.length, MAX_DATA_FILE_BYTES) }]);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
    throw new DataError([{ file, ...lineColumn(before, before.length), message: messages.notUtf8(offset, bytes[offset] ?? 0) }]);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new DataError([{ file, line: 1, column: 1, message: messages.emptyFile() }]);

  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || tree === undefined) {
    throw new DataError(errors.slice(0, 5).map((e) => ({ file, ...lineColumn(text, e.offset), message: messages.jsonSyntax(describeParseError(e, text)) })));
  }
  const duplicates = duplicateKeys(tree);
  if (duplicates.length > 0) {
    throw new DataError(duplicates.map((n) => ({ file, ...lineColumn(text, n.offset), message: messages.duplicateKey(String(n.value)) })));
  }
  const value: unknown = JSON.parse(text);
  const nodeAt = (path: readonly PropertyKey[]) => findNodeAtLocation(tree, path as (string | number)[]);
  return {
    value,
    keysAt(path) {
      const node = nodeAt(path);
      return node?.type === 'object' ? (node.children ?? []).map((p) => String(p.children?.[0]?.value)) : undefined;
    },
    locate(path) {
      let node: Node | undefined;
      for (let n = path.length; n >= 0 && node === undefined; n--) {
        node = nodeAt(path.slice(0, n));
      }
      return lineColumn(text, node?.offset ?? 0);
    },
  };
}

/** Key nodes repeated within one object: JSON.parse would silently keep only the last value. */
function duplicateKeys(root: Node): Node[] {
  const found: Node[] = [];
  const walk = (node: Node) => {
    if (node.type === 'object') {
      const seen = new Set<unknown>();
      for (const property of node.children ?? []) {
        const key = property.children?.[0];
        if (key && seen.has(key.value)) found.push(key);
        if (key) seen.add(key.value);
      }
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(root);
  return found;
}

function describeParseError(e: ParseError, text: string): string {
  const code = printParseErrorCode(e.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  const found = text.slice(e.offset, e.offset + Math.max(1, Math.min(e.length, 20)));
  return found ? `${code} at ${JSON.stringify(found)}` : `${code} at end of file`;
}

/** Offset of the first byte that cannot start or continue a UTF-8 sequence (binary search over prefixes). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  // In streaming mode a prefix that ends inside a valid multi-byte sequence does not throw, so validity is monotone.
  const prefixValid = (end: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (prefixValid(mid)) lo = mid;
    else hi = mid - 1;
  }
  // The longest valid prefix may end inside a sequence that the next byte breaks (Latin-1 "é" is 0xE9, a lead
  // byte); the culprit is that sequence's lead byte, not the byte after it.
  const complete = (() => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, lo));
      return true;
    } catch {
      return false;
    }
  })();
  for (let k = 1; !complete && k <= 3 && k <= lo; k++) {
    const b = bytes[lo - k]!;
    if (b >= 0xc0) return lo - k;
    if ((b & 0xc0) !== 0x80) break;
  }
  return lo;
}
