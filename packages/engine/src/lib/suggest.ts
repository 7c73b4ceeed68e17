import { distance } from 'fastest-levenshtein';

/** Closest candidate by edit distance, if close enough to be a plausible typo. */
export function closest(input: string, candidates: Iterable<string>, maxShare = 0.4): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(input.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.ceil(input.length * maxShare)) ? best : undefined;
}

/** Up to `n` candidates ordered by edit distance (for "known names include …" hints). */
export function nearest(input: string, candidates: Iterable<string>, n = 3): string[] {
  return [...candidates]
    .map((c) => ({ c, d: distance(input.toLowerCase(), c.toLowerCase()) }))
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, n)
    .map((x) => x.c);
}
