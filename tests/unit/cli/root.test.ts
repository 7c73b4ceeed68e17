import { describe, expect, it } from 'vitest';
import { takeRoot } from '../../../packages/engine/src/cli/root';

describe('cli/root: --root picks the report folder, the rest goes to the command', () => {
  it('takes --root <dir> and --root=<dir> wherever they stand', () => {
    expect(takeRoot(['--root', 'examples/heat', '--drafts'])).toEqual({ root: 'examples/heat', rest: ['--drafts'] });
    expect(takeRoot(['2027-05', '--root=reports/x', '--from', '2026-11'])).toEqual({ root: 'reports/x', rest: ['2027-05', '--from', '2026-11'] });
  });

  it('leaves the root unset without the option', () => {
    expect(takeRoot(['--out', 'site'])).toEqual({ root: undefined, rest: ['--out', 'site'] });
  });
});
