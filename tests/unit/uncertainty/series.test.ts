import { describe, expect, it } from 'vitest';
import { yearlySeries } from '../../../packages/engine/src/model/uncertainty/series';

describe('uncertainty/series yearlySeries', () => {
  it('finds every numeric array as long as the horizon, at any depth, by its dotted path, and nothing else', () => {
    const results = {
      years: [2026, 2027, 2028],
      total: { revenueUsd: [1, 2, 3], bySpeed: { '800G': [4, 5, 6] } },
      share: [0.1, 0.2, 0.3],
      short: [1, 2],
      labels: ['a', 'b', 'c'],
      mixed: [1, 'b', 3],
      crossover: null,
      draws: 3,
      name: 'base',
    };
    const series = yearlySeries(results);
    expect(series.map((s) => s.name)).toEqual(['total.revenueUsd', 'total.bySpeed.800G', 'share']);
    // Each accessor reads its own path from any results of the same shape.
    const other = { ...results, total: { revenueUsd: [7, 8, 9], bySpeed: { '800G': [0, 0, 1] } }, share: [1, 1, 1] };
    expect(series.map((s) => s.get(other))).toEqual([
      [7, 8, 9],
      [0, 0, 1],
      [1, 1, 1],
    ]);
  });
});
