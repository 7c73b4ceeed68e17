import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/**
 * A seeded stream of uniform numbers in [0, 1): xoroshiro128+ from pure-rand, 53 random bits per number.
 * Integer arithmetic only, so the same seed gives the same stream on any machine.
 */
const WARM_UP = 32;

export function uniformStream(seed: number): () => number {
  const rng = xoroshiro128plus(seed);
  // pure-rand builds the state straight from the seed; the first outputs of such a sparse state are far from
  // uniform (seed 1 starts with 0.99999998), so the stream starts after a fixed warm-up.
  for (let i = 0; i < WARM_UP; i++) rng.next();
  return () => uniformFloat64(rng);
}
