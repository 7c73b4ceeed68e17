/** One synthetic report's cold build, as the slope needs it. */
export interface SizedBuild {
  charts: number;
  cold: { wallMs: number; astroCpuMs: number };
}

export interface MarginalCost {
  fromCharts: number;
  toCharts: number;
  /** Extra wall time of a cold build per extra chart: what one more figure costs an author, whole build included. */
  wallMsPerChart: number;
  astroCpuMsPerChart: number;
}

/**
 * Slope of the cold build's time per chart, from the smallest report of at least 200 charts (below the largest) to
 * the largest; with no such size, from the smallest to the largest. Undefined with fewer than two sizes.
 */
export function marginalCost(runs: readonly SizedBuild[]): MarginalCost | undefined {
  const sorted = [...runs].sort((a, b) => a.charts - b.charts);
  const to = sorted.at(-1);
  if (!to || sorted.length < 2) return undefined;
  const from = sorted.find((r) => r.charts >= 200 && r.charts < to.charts) ?? sorted[0]!;
  const n = to.charts - from.charts;
  if (n <= 0) return undefined;
  return {
    fromCharts: from.charts,
    toCharts: to.charts,
    wallMsPerChart: (to.cold.wallMs - from.cold.wallMs) / n,
    astroCpuMsPerChart: (to.cold.astroCpuMs - from.cold.astroCpuMs) / n,
  };
}
