import { describe, expect, it } from 'vitest';
import { benchMonteCarlo } from '../../../scripts/bench-mc';
import { LATEST } from '../../helpers/vintages';

describe('scripts/bench-mc (npm run bench:mc)', () => {
  it('reports draws per second from wall and CPU time, consistent with its run times', () => {
    const r = benchMonteCarlo({ draws: 300, repeats: 1 });
    expect(r).toMatchObject({ vintage: LATEST, draws: 300, repeats: 1, targetMs: 1000 });
    expect(r.uncertainAssumptions).toBeGreaterThan(0);
    // wallMs is rounded to 0.1 ms and draws/s to a whole number: the rate must lie within what those roundings
    // allow, however fast or slow the run was (no timing threshold).
    const slowest = (300 / (r.wallMs.median + 0.05)) * 1000 - 0.5;
    const fastest = r.wallMs.median > 0.05 ? (300 / (r.wallMs.median - 0.05)) * 1000 + 0.5 : Infinity;
    expect(r.drawsPerSecond.wall).toBeGreaterThanOrEqual(slowest);
    expect(r.drawsPerSecond.wall).toBeLessThanOrEqual(fastest);
    expect(r.meetsTarget).toEqual({ wall: r.wallMs.median < 1000, cpu: r.cpuMs < 1000 });
    expect(r.machine.cpus).toBeGreaterThan(0);
  });
});
