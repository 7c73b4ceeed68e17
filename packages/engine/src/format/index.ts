/**
 * The one place numbers become text. Prose (<Value>), tables, chart axes and CSV headers all use it,
 * so the same number never reads two ways.
 */

type BuiltinUnit =
  | 'usd' // money, nominal US dollars
  | 'fraction' // 0–1, shown as a percentage
  | 'growth' // a rate such as a CAGR, shown as a percentage
  | 'year'
  | 'count' // plain quantities (ports, units)
  | 'watts'
  | 'ratio';
/** A built-in unit or one a report declares (`defineReport({ units })`). */
export type Unit = BuiltinUnit | (string & {});

/** A report's own unit: a number with `digits` significant figures followed by `suffix` (e.g. " kWh"). */
export interface UnitFormat {
  suffix: string;
  /** Significant figures (default 2). */
  digits?: number;
  /** d3 format of chart axis labels (default ".1f"). */
  axisFormat?: string;
}

// On globalThis: the config's and the page bundle's copies of this module must agree (see report/current.ts).
const UNITS = Symbol.for('forecast-report.units');
const unitSlot = globalThis as Record<symbol, Record<string, UnitFormat> | undefined>;
export function registerUnits(units: Record<string, UnitFormat>): void {
  unitSlot[UNITS] = { ...units };
}
export function customUnits(): Record<string, UnitFormat> {
  return unitSlot[UNITS] ?? {};
}
export function customUnit(unit: string): UnitFormat | undefined {
  return unitSlot[UNITS]?.[unit];
}

const SCALES: [number, string][] = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'K'],
];

/** Rounds to `digits` significant figures, without exponent notation. */
function significant(value: number, digits: number): string {
  if (value === 0) return '0';
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.max(0, digits - 1 - magnitude);
  return value.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: decimals, useGrouping: true });
}

function scaled(value: number, digits: number): string {
  const abs = Math.abs(value);
  for (const [size, suffix] of SCALES) {
    // Round first, so 999,999 reads "1M" and not "1,000K".
    if (Number(significant(abs / size, digits).replace(/,/g, '')) >= 1 && abs >= size * 0.9995) {
      return `${significant(value / size, digits)}${suffix}`;
    }
  }
  return significant(value, digits);
}

export interface FormatOptions {
  /** Significant figures for scaled amounts (default 3; percentages use whole numbers above 10%). */
  digits?: number;
}

export function formatValue(value: number | null, unit: Unit, options: FormatOptions = {}): string {
  if (value === null || Number.isNaN(value)) return 'n/a';
  const digits = options.digits ?? 3;
  switch (unit) {
    case 'usd':
      return `${value < 0 ? '−' : ''}$${scaled(Math.abs(value), digits)}`;
    case 'fraction':
    case 'growth': {
      const pct = value * 100;
      // Whole percentages read best above 10%; smaller shares keep two significant figures.
      const text = Math.abs(pct) >= 10 ? Math.abs(pct).toFixed(0) : significant(Math.abs(pct), 2);
      return `${pct < 0 ? '−' : ''}${text}%`;
    }
    case 'year':
      return String(Math.round(value));
    case 'count':
      return `${value < 0 ? '−' : ''}${scaled(Math.abs(value), digits)}`;
    case 'watts': {
      const abs = Math.abs(value);
      if (abs >= 1e6) return `${significant(value / 1e6, digits)} MW`;
      if (abs >= 1e3) return `${significant(value / 1e3, digits)} kW`;
      return `${significant(value, 2)} W`;
    }
    case 'ratio':
      return `${significant(value, 2)}×`;
  }
  const custom = customUnit(unit);
  if (!custom) throw new Error(`unknown unit "${unit}": declare it in the report's \`units\``);
  return `${significant(value, custom.digits ?? 2)}${custom.suffix}`;
}
