import { customUnit, type Unit } from '../format';

/**
 * Axis label settings that read like `formatValue`: d3's SI prefixes say "G" for billions, so money and
 * counts swap it for "B"; power is shown in MW above a megawatt.
 */
export function axisFor(unit: Unit): { format?: string; labelExpr?: string } {
  switch (unit) {
    case 'usd':
      return { labelExpr: "replace(format(datum.value, '$.2~s'), 'G', 'B')" };
    case 'count':
      return { labelExpr: "replace(format(datum.value, '.2~s'), 'G', 'B')" };
    case 'watts':
      return { labelExpr: "datum.value >= 1e6 ? format(datum.value / 1e6, '.3~r') + ' MW' : format(datum.value, '.2~s') + 'W'" };
    case 'fraction':
    case 'growth':
      return { format: '.0%' };
    case 'year':
      return { format: 'd' };
    case 'ratio':
      return { format: '.1f' };
  }
  return { format: customUnit(unit)?.axisFormat ?? '.1f' };
}
