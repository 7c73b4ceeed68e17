import type { ChartData, SpecBody } from '../engine';
import type { Results } from '../model/types';

/** Percentile bands of one yearly series, as the Monte Carlo publishes them. */
export interface Bands {
  p5: readonly number[];
  p25: readonly number[];
  p50: readonly number[];
  p75: readonly number[];
  p95: readonly number[];
}

/** What a figure of this report reads: the model's results, its named facts and, when run, the Monte Carlo bands. */
export interface FigureContext {
  results: Results;
  facts: { get(name: string): { text: string; value: number | null } };
  uncertainty?: {
    monteCarlo: { draws: number; bands: Record<string, Bands> };
    sensitivity: { year: number; stock: { metric: string; base: number; rows: { label: string; low: number; high: number; swing: number }[] } };
  };
}

export interface Figure {
  id: string;
  title: string;
  caption(ctx: FigureContext): string;
  description(ctx: FigureContext): string;
  data(ctx: FigureContext): ChartData;
  spec(ctx: FigureContext): SpecBody;
  table?(data: ChartData): ChartData;
}
