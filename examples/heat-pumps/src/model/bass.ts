/**
 * One year of discrete Bass diffusion: the share of the remaining potential that adopts is
 * p + q·(adopters so far / potential), the hazard rate of Bass (1969).
 */
export function bassAdoption(previousAdopters: number, potential: number, innovation: number, imitation: number): number {
  if (potential <= 0) return 0;
  const remaining = Math.max(0, potential - previousAdopters);
  const hazard = innovation + imitation * Math.min(1, previousAdopters / potential);
  return hazard * remaining;
}
