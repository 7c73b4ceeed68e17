import { describe, expect, it } from 'vitest';
import { formatValue } from '../../../packages/engine/src/format';

describe('format/formatValue', () => {
  it('scales money to K/M/B/T with three significant figures', () => {
    expect(formatValue(1_234_000_000, 'usd')).toBe('$1.23B');
    expect(formatValue(450_000_000, 'usd')).toBe('$450M');
    expect(formatValue(2.5e12, 'usd')).toBe('$2.5T');
    expect(formatValue(-3_000_000, 'usd')).toBe('−$3M');
  });

  it('rounds before choosing the scale, so 999,999 reads 1M', () => {
    expect(formatValue(999_999, 'count')).toBe('1M');
  });

  it('shows growth and shares as percentages: whole above 10%, two figures below', () => {
    expect(formatValue(1.4187, 'growth')).toBe('142%');
    expect(formatValue(0.0875, 'fraction')).toBe('8.8%');
    expect(formatValue(-0.05, 'growth')).toBe('−5%');
  });

  it('keeps years, energy and power readable', () => {
    expect(formatValue(2029, 'year')).toBe('2029');
    expect(formatValue(5.625, 'pjPerBit')).toBe('5.6 pJ/bit');
    expect(formatValue(30, 'watts')).toBe('30 W');
    expect(formatValue(95_700_000, 'watts')).toBe('95.7 MW');
    expect(formatValue(3.35, 'ratio')).toBe('3.4×');
  });

  it('formats amounts far below a dollar instead of throwing (Intl allows at most 20 fraction digits)', () => {
    // $5.6e-7 is what a model year with a vanishing logistic tail earns; it used to throw a RangeError.
    expect(formatValue(5.62e-7, 'usd')).toBe('$0.000000562');
    expect(formatValue(1e-30, 'usd')).toBe('$0');
    expect(formatValue(1e-30, 'growth')).toBe('0%');
  });

  it('says n/a for a missing value instead of printing NaN', () => {
    expect(formatValue(null, 'year')).toBe('n/a');
    expect(formatValue(Number.NaN, 'growth')).toBe('n/a');
  });
});
