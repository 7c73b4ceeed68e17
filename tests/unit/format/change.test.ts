import { describe, expect, it } from 'vitest';
import { formatChange, formatSigned } from '../../../packages/engine/src/format/change';

describe('format/formatChange', () => {
  it('gives money changes with sign and relative change', () => {
    expect(formatChange(10e9, 12e9, 'usd')).toBe('+$2B (+20%)');
    expect(formatChange(12e9, 9e9, 'usd')).toBe('−$3B (−25%)');
  });
  it('gives shares and rates in percentage points', () => {
    expect(formatChange(1.07, 1.42, 'growth')).toBe('+35 pp');
    expect(formatChange(0.3, 0.25, 'fraction')).toBe('−5 pp');
  });
  it('counts years and says when nothing visible changed', () => {
    expect(formatChange(2030, 2029, 'year')).toBe('−1 year');
    expect(formatChange(1.4201, 1.4202, 'growth')).toBe('unchanged');
  });
  it('signs amounts, with no sign on zero', () => {
    expect(formatSigned(1.5e9, 'usd')).toBe('+$1.5B');
    expect(formatSigned(-2e6, 'usd')).toBe('−$2M');
    expect(formatSigned(0, 'usd')).toBe('$0');
  });
});
