/**
 * The bad-input corpus: tests/fixtures/bad/<case>/case.json says how to break a copy of the real data or
 * content, and which error the build must print. See tests/fixtures/bad/README.md for the format.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Fixture } from './fixture';

export const CORPUS_DIR = resolve('tests/fixtures/bad');

/** One RFC 6902-style edit of a JSON file, plus `reverseKeys` (writes an object's keys in reverse order). */
export type PatchOp =
  | { op: 'add' | 'replace'; path: string; value: unknown }
  | { op: 'remove'; path: string }
  | { op: 'move' | 'copy'; from: string; path: string }
  | { op: 'reverseKeys'; path: string };

export interface BadCase {
  name: string;
  dir: string;
  /** What is wrong, in one sentence. */
  about: string;
  /** data: fails in validation before Astro starts; content: fails while Astro compiles the chapters. */
  kind: 'data' | 'content';
  /** JSON edits, file path relative to the fixture root. */
  patch?: { file: string; ops: PatchOp[] }[];
  /** Files removed from the fixture (relative to its root). */
  delete?: string[];
  /** Empty folders created in the fixture. */
  mkdir?: string[];
  /** A large generated file: valid JSON padded with spaces to the given size. */
  generate?: { file: string; megabytes: number };
  /**
   * Lines the output must contain. Matched literally, except `{n}` (any whole number) and `{…}` (any text on the
   * same line), for the places where the real data, not the rule under test, decides the text.
   */
  errors: string[];
}

export function loadCases(dir = CORPUS_DIR): BadCase[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ name: d.name, dir: join(dir, d.name), ...JSON.parse(readFileSync(join(dir, d.name, 'case.json'), 'utf8')) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The expected line as a regular expression. */
export function expectedPattern(line: string): RegExp {
  const parts = line.split(/(\{n\}|\{…\})/);
  const source = parts.map((p) => (p === '{n}' ? '-?\\d+' : p === '{…}' ? '[^\\n]*?' : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(source);
}

/** Applies a case to a fixture: copies its files/ over the fixture, then deletes, creates and patches. */
export function applyCase(f: Fixture, c: BadCase): void {
  const files = join(c.dir, 'files');
  if (existsSync(files)) cpSync(files, f.root, { recursive: true });
  for (const file of c.delete ?? []) rmSync(join(f.root, file), { recursive: true });
  for (const folder of c.mkdir ?? []) mkdirSync(join(f.root, folder), { recursive: true });
  for (const { file, ops } of c.patch ?? []) {
    const path = join(f.root, file);
    let doc = JSON.parse(readFileSync(path, 'utf8'));
    for (const op of ops) doc = applyOp(doc, op);
    writeFileSync(path, serialize(doc) + '\n');
  }
  if (c.generate) {
    const path = join(f.root, c.generate.file);
    mkdirSync(dirname(path), { recursive: true });
    const size = Math.round(c.generate.megabytes * 1e6);
    const head = Buffer.from('{"sources": [');
    const tail = Buffer.from(']}\n');
    const body = Buffer.alloc(size - head.length - tail.length, 0x20);
    writeFileSync(path, Buffer.concat([head, body, tail]));
  }
}

/** Marks a value that must be written verbatim (NaN, 1e999: things JSON.stringify cannot produce). */
const RAW = '$raw';
/** An object written with exactly these entries, in this order, duplicates included. */
const ENTRIES = '$entries';

const unescape = (token: string) => token.replace(/~1/g, '/').replace(/~0/g, '~');
const tokens = (pointer: string) => (pointer === '' ? [] : pointer.slice(1).split('/').map(unescape));

function parentOf(doc: any, pointer: string): { parent: any; key: string } {
  const keys = tokens(pointer);
  const key = keys.pop()!;
  let parent = doc;
  for (const k of keys) {
    parent = parent?.[k];
    if (parent === undefined) throw new Error(`patch path ${pointer} does not exist`);
  }
  return { parent, key };
}

const get = (doc: any, pointer: string) => tokens(pointer).reduce((node, k) => node?.[k], doc);

function applyOp(doc: any, op: PatchOp): any {
  switch (op.op) {
    case 'add':
    case 'replace': {
      const { parent, key } = parentOf(doc, op.path);
      if (op.op === 'replace' && !(key in parent)) throw new Error(`patch: nothing to replace at ${op.path}`);
      if (Array.isArray(parent)) {
        if (key === '-') parent.push(op.value);
        else if (op.op === 'add') parent.splice(Number(key), 0, op.value);
        else parent[Number(key)] = op.value;
      } else parent[key] = op.value;
      return doc;
    }
    case 'remove': {
      const { parent, key } = parentOf(doc, op.path);
      if (!(key in parent)) throw new Error(`patch: nothing to remove at ${op.path}`);
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      return doc;
    }
    case 'move':
    case 'copy': {
      const value = structuredClone(get(doc, op.from));
      if (value === undefined) throw new Error(`patch: nothing at ${op.from}`);
      if (op.op === 'move') applyOp(doc, { op: 'remove', path: op.from });
      return applyOp(doc, { op: 'add', path: op.path, value });
    }
    case 'reverseKeys': {
      const { parent, key } = parentOf(doc, op.path);
      parent[key] = { [ENTRIES]: Object.entries(parent[key]).reverse() };
      return doc;
    }
  }
}

/** JSON.stringify with two-space indentation that also honours the $raw and $entries markers. */
export function serialize(value: unknown, indent = ''): string {
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + serialize(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if (RAW in obj) return String(obj[RAW]);
    const entries = (ENTRIES in obj ? obj[ENTRIES] : Object.entries(obj)) as [string, unknown][];
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${serialize(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}
