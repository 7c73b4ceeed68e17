import { describe, expect, it } from 'vitest';
import { DataError } from '../../../packages/engine/src/data/errors';
import { parseJsonFile } from '../../../packages/engine/src/data/json';

const problem = (bytes: number[] | string) => {
  try {
    parseJsonFile('x.json', typeof bytes === 'string' ? new TextEncoder().encode(bytes) : new Uint8Array(bytes));
  } catch (e) {
    if (e instanceof DataError) return e.problems[0];
    throw e;
  }
  return undefined;
};

describe('data/json strict parsing', () => {
  it('points at the lead byte of a broken UTF-8 sequence, with its line and column', () => {
    // {\n"é (Latin-1) ": the 0xE9 lead byte is followed by a space, not a continuation byte.
    expect(problem([0x7b, 0x0a, 0x22, 0xe9, 0x20, 0x22])).toMatchObject({
      line: 2,
      column: 2,
      message: expect.stringContaining('invalid byte at offset 3 (0xE9)'),
    });
    // A complete "€" followed by a stray continuation byte: the stray byte is the culprit.
    expect(problem([0x22, 0xe2, 0x82, 0xac, 0x80, 0x22])).toMatchObject({
      line: 1,
      column: 3,
      message: expect.stringContaining('invalid byte at offset 4 (0x80)'),
    });
  });

  it('rejects a key repeated in one object, which JSON.parse would silently collapse', () => {
    expect(problem('{\n  "a": 1,\n  "a": 2\n}')).toMatchObject({ line: 3, column: 3, message: expect.stringContaining('duplicate key "a"') });
    expect(problem('{"a": {"b": 1}, "c": {"b": 2}}')).toBeUndefined();
  });

  it('lists object keys in file order, which JavaScript would sort when they look like integers', () => {
    expect(parseJsonFile('x.json', new TextEncoder().encode('{"v": {"2026": 1, "2024": 2}}')).keysAt(['v'])).toEqual(['2026', '2024']);
  });
});
