import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../packages/engine/src/charts/csv';

describe('charts/toCsv', () => {
  it('quotes separators and quotes, and defuses spreadsheet formulas', () => {
    const csv = toCsv({
      columns: [
        { key: 'a', label: 'Name, full' },
        { key: 'b', label: 'Value', unit: 'usd' },
      ],
      rows: [
        { a: 'say "hi"', b: 1.5 },
        { a: '=HYPERLINK("x")', b: null },
        { a: '<script>alert(1)</script>', b: Number.POSITIVE_INFINITY },
      ],
    });
    expect(csv.split('\r\n')).toEqual(['"Name, full",Value', '"say ""hi""",1.5', '"\'=HYPERLINK(""x"")",', '<script>alert(1)</script>,', '']);
  });
});
