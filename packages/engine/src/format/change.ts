import { formatValue, type Unit } from './index';

/**
 * The change between two values of one unit, as text: "+$4.1B (+20%)", "+12 pp", "−1 year", or
 * "unchanged" when both read the same. Shares and rates change in percentage points, not percent.
 */
export function formatChange(oldValue: number | null, newValue: number | null, unit: Unit): string {
  const oldText = formatValue(oldValue, unit);
  const newText = formatValue(newValue, unit);
  if (oldText === newText) return 'unchanged';
  if (oldValue === null || newValue === null) return `${oldText} → ${newText}`;
  const delta = newValue - oldValue;
  const sign = delta > 0 ? '+' : '−';
  switch (unit) {
    case 'fraction':
    case 'growth': {
      // formatValue shows 0.12 as "12%"; the same digits read as percentage points here.
      return `${sign}${formatValue(Math.abs(delta), 'fraction').replace('%', ' pp')}`;
    }
    case 'year': {
      const years = Math.round(Math.abs(delta));
      return `${sign}${years} year${years === 1 ? '' : 's'}`;
    }
    default: {
      const relative = oldValue !== 0 ? ` (${sign}${formatValue(Math.abs(delta / oldValue), 'growth')})` : '';
      return `${sign}${formatValue(Math.abs(delta), unit)}${relative}`;
    }
  }
}

/** A signed amount: "+$4.1B", "−$310M", "$0". */
export function formatSigned(value: number, unit: Unit): string {
  if (formatValue(Math.abs(value), unit) === formatValue(0, unit)) return formatValue(0, unit);
  return `${value > 0 ? '+' : '−'}${formatValue(Math.abs(value), unit)}`;
}
