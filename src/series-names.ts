/** How the model's series read in the long-form series.csv: segment split out of the path, unit from the name. */

const SEGMENT_IDS = new Set(['scaleOut', 'scaleUp']);

const UNIT_BY_NAME: [RegExp, string][] = [
  [/PerAccelerator$/, '800G-equivalent ports per accelerator'],
  [/^units\./, 'units'],
  [/techShare|ShareOf/, 'fraction'],
  [/UsdPer800gEq$/, 'USD per 800G-equivalent'],
  [/Usd(\.|$)/, 'USD'],
  [/800gEq$/, '800G-equivalent ports'],
  [/portsBySpeed/, 'ports'],
  [/PowerW|PowerMixW|PowerSavedW|W(\.|$)/, 'W'],
];

/** "segments.scaleUp.cpoRevenueUsd" → series cpoRevenueUsd, segment scaleUp; "total.x" → segment total. */
export function describeSeries(path: string): { series: string; segment: string; unit: string } {
  const parts = path.split('.');
  let segment = '';
  let rest = parts;
  if (parts[0] === 'segments' && SEGMENT_IDS.has(parts[1]!)) {
    segment = parts[1]!;
    rest = parts.slice(2);
  } else if (parts[0] === 'total') {
    segment = 'total';
    rest = parts.slice(1);
  }
  const unit = UNIT_BY_NAME.find(([re]) => re.test(path))?.[1] ?? '';
  return { series: rest.join('.'), segment, unit };
}
