/**
 * How the report presents itself to other tools: who to credit, under which licence its data may be reused,
 * and how its model series read in the long-form CSV. Used by the data package, the citation formats and
 * the Atom feed.
 */
import type { DescribeSeries } from './publish/tidy';

export const publication = {
  /** Credited as the authors in citations (CSL names: { literal } for an organisation, or { family, given }). */
  authors: [{ literal: 'Co-Packaged Optics Market Outlook editors' }],
  /** Publisher named in citations and the feed. */
  publisher: 'Co-Packaged Optics Market Outlook',
  licence: { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 International' },
};

const SEGMENT_IDS = new Set(['scaleOut', 'scaleUp']);

const UNIT_BY_NAME: [RegExp, string][] = [
  [/techShare|ShareOf/, 'fraction'],
  [/UsdPer800gEq$/, 'USD per 800G-equivalent'],
  [/Usd(\.|$)/, 'USD'],
  [/800gEq$/, '800G-equivalent ports'],
  [/portsBySpeed/, 'ports'],
  [/PowerW|PowerMixW|PowerSavedW|W(\.|$)/, 'W'],
];

/** "segments.scaleUp.cpoRevenueUsd" → series cpoRevenueUsd, segment scaleUp; "total.x" → segment total. */
export const describeSeries: DescribeSeries = (path) => {
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
};
