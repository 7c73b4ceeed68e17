/** Small helpers shared by the bench stages. */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Median of each numeric field across runs (fields missing from a run are skipped). */
export function medianOf<T extends Record<string, number>>(runs: readonly T[]): T {
  const keys = new Set(runs.flatMap((r) => Object.keys(r)));
  return Object.fromEntries([...keys].map((k) => [k, median(runs.map((r) => r[k]).filter((v): v is number => typeof v === 'number'))])) as T;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (x: number) => `${Math.round(x)} ms`;
export const s = (x: number) => `${(x / 1000).toFixed(2)} s`;
