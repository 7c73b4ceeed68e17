import { describe, expect, it } from 'vitest';
import { expectedPattern, serialize } from '../../helpers/corpus';

describe('test helpers/bad-input corpus format', () => {
  it('{n} matches a whole number and {…} any text on one line; everything else is literal', () => {
    const p = expectedPattern('a.json#/x (line {n}, column {n}): got {…} (missing 2027)');
    expect(p.test('a.json#/x (line 12, column 3): got 2024, 2025 (missing 2027)')).toBe(true);
    expect(p.test('a.json#/x (line 12, column 3): got 2024\n2025 (missing 2027)')).toBe(false);
    expect(p.test('aXjson#/x (line 12, column 3): got 2024 (missing 2027)')).toBe(false);
  });

  it('writes raw tokens and ordered or repeated keys that JSON.stringify cannot', () => {
    expect(
      serialize({
        a: { $raw: 'NaN' },
        b: {
          $entries: [
            ['2025', 1],
            ['2024', 2],
            ['2024', 3],
          ],
        },
      }),
    ).toBe('{\n  "a": NaN,\n  "b": {\n    "2025": 1,\n    "2024": 2,\n    "2024": 3\n  }\n}');
  });
});
