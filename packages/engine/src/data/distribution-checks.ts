import { messages } from './messages';
import type { Distribution } from './schema';

/** The values an assumption of one kind may take. */
export interface KindRange {
  min: number;
  max: number;
  minExclusive?: boolean;
  maxExclusive?: boolean;
  label: string;
}

export interface DistributionProblem {
  /** Key inside the distribution object the problem is about, if one. */
  key?: string;
  message: string;
}

/** Where a distribution is centred when its centre is not given: the point value, or 1 for a series multiplier. */
export type DistributionRole = 'scalar' | 'multiplier';

/** Lower and upper end of the values a distribution can draw (lognormal without bounds reaches to 0 and ∞). */
function supportOf(d: Distribution): [number, number] {
  if (d.type === 'lognormal') return [d.low ?? 0, d.high ?? Infinity];
  return [d.low, d.high];
}

/** The centre parameter a distribution uses: given, or the point value (scalar) / 1 (multiplier). */
function centreOf(d: Distribution, point: number): number {
  if (d.type === 'triangular') return d.mode ?? point;
  if (d.type === 'normal') return d.mean ?? point;
  if (d.type === 'lognormal') return d.median ?? point;
  return point;
}

const CENTRE_KEY = { triangular: 'mode', normal: 'mean', lognormal: 'median', uniform: undefined } as const;

function inside(value: number, r: KindRange): boolean {
  const aboveMin = r.minExclusive ? value > r.min : value >= r.min;
  const belowMax = r.maxExclusive ? value < r.max : value <= r.max;
  return aboveMin && belowMax;
}

/**
 * Checks a distribution against its assumption: bounds in order, centre inside the bounds, the point value
 * (or multiplier 1) inside the range, and every value it can draw valid for the assumption's kind.
 */
export function distributionProblems(d: Distribution, pointValues: readonly number[], range: KindRange, role: DistributionRole): DistributionProblem[] {
  const out: DistributionProblem[] = [];
  const [low, high] = supportOf(d);
  if (!(low <= high)) return [{ key: 'high', message: messages.distributionBounds(low, high) }];

  const point = role === 'scalar' ? pointValues[0]! : 1;
  const centre = centreOf(d, point);
  const centreKey = CENTRE_KEY[d.type];
  if (centreKey && (centre < low || centre > high)) {
    const given = (d as Record<string, unknown>)[centreKey] !== undefined;
    out.push({ key: given ? centreKey : undefined, message: messages.distributionCentre(centreKey, centre, low, high, !given && role === 'scalar') });
  }
  if (point < low || point > high) {
    if (!(centreKey && (d as Record<string, unknown>)[centreKey] === undefined && (centre < low || centre > high))) {
      out.push({ message: messages.distributionPoint(role, point, low, high) });
    }
  }

  const multipliers = role === 'multiplier';
  if (multipliers && low < 0) {
    out.push({ key: 'low', message: messages.distributionNegativeMultiplier(low) });
    return out;
  }
  // Smallest and largest value a draw can give the model; a series moves all its years by one multiplier.
  const reach = (bound: number) => (multipliers ? pointValues.map((v) => v * bound) : [bound]);
  const worstLow = Math.min(...reach(low));
  const worstHigh = Math.max(...reach(high));
  if (!inside(worstLow, range)) out.push({ key: 'low', message: messages.distributionKind(range.label, worstLow, multipliers) });
  if (!inside(worstHigh, range) && !(worstHigh === Infinity && range.max === Infinity)) {
    out.push({ key: 'high', message: messages.distributionKind(range.label, worstHigh, multipliers) });
  }
  return out;
}
