import { describe, expect, it } from 'vitest';
import { benchMonteCarlo } from '../../../scripts/bench-mc';
import { LATEST } from '../../helpers/vintages';

describe('scripts/bench-mc (npm run bench:mc)', () => {
  it('reports draws per second from wall and CPU time, consistent with its run times', () => {
    const r = benchMonteCarlo({ draws: 300, repeats: 1 });
    expect(r).toMatchObject({ vintage: LATEST, draws: 300, repeats: 1, targetMs: 1000 });
    expect(r.uncertainAssumptions).toBeGreaterThan(0);
    const expected = (300 / r.wallMs.median) * 1000;
    // wallMs is rounded to 0.1 ms, so allow a small relative difference.
    expect(Math.abs(r.drawsPerSecond.wall - expected) / expected).toBeLessThan(0.02);
    expect(r.meetsTarget).toEqual({ wall: r.wallMs.median < 1000, cpu: r.cpuMs < 1000 });
    expect(r.machine.cpus).toBeGreaterThan(0);
  });
});
