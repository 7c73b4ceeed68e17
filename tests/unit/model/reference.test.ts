/**
 * The model against an independent reference calculation (tests/oracles/reference-model.ts), on random valid
 * assumption documents with random horizons. No expected value here comes from the model itself.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toModelInputs } from '../../../src/inputs';
import { loadVintage } from '../../../packages/engine/src/data/load';
import { LEARNING_RATE_LIMIT } from '../../../packages/engine/src/data/schema';
import { buildFacts } from '../../../src/facts';
import { runModel } from '../../../src/model/project';
import type { Results } from '../../../src/model/types';
import { referenceModel, type ReferenceRow } from '../../oracles/reference-model';
import { syntheticDoc, type PlainAssumptions, type PlainSegment } from '../../helpers/synthetic';

/** Spread evenly over [min, max] (fc.double favours tiny magnitudes). */
const uniform = (min: number, max: number) => fc.integer({ min: 0, max: 1_000_000 }).map((t) => min + ((max - min) * t) / 1_000_000);
const fraction = uniform(0, 1);
const speeds = <T>(a: fc.Arbitrary<T>) => fc.record({ '800G': a, '1.6T': a, '3.2T': a });

function segmentArb(n: number, start: number): fc.Arbitrary<PlainSegment> {
  const years = <T>(a: fc.Arbitrary<T>) => fc.array(a, { minLength: n, maxLength: n });
  return fc.record({
    portsPerAccelerator: years(uniform(0.01, 40)),
    cap: fraction,
    steepness: uniform(0.05, 3),
    midpoint: fc.integer({ min: start - 5, max: start + n + 5 }),
    lpoShareOfPluggable: years(fraction),
    // Three shares that sum to 1 each year (the third weight is kept positive).
    speedMix: years(fc.tuple(fraction, fraction, uniform(0.01, 1))).map((rows) => {
      const norm = rows.map(([a, b, c]) => [a / (a + b + c), b / (a + b + c), 1 - a / (a + b + c) - b / (a + b + c)]);
      return { '800G': norm.map((r) => r[0]!), '1.6T': norm.map((r) => r[1]!), '3.2T': norm.map((r) => r[2]!) };
    }),
  });
}

/** A valid document: any start year, 2 to 9 years, every value inside what the schema accepts. */
const plainArb: fc.Arbitrary<PlainAssumptions> = fc
  .record({ start: fc.integer({ min: 2020, max: 2032 }), n: fc.integer({ min: 2, max: 9 }) })
  .chain(({ start, n }) =>
    fc.record({
      start: fc.constant(start),
      end: fc.constant(start + n - 1),
      accelerators: fc.array(uniform(1e3, 3e7), { minLength: n, maxLength: n }),
      scaleOut: segmentArb(n, start),
      scaleUp: segmentArb(n, start),
      asp: uniform(1, 5000),
      learningRate: uniform(0, LEARNING_RATE_LIMIT * 0.999),
      initialCumulative: uniform(1e3, 1e8),
      priceFactor: fc.record({ scaleOut: uniform(0.1, 3), scaleUp: uniform(0.1, 3) }),
      lasersPer800gEq: uniform(0, 4),
      laserAsp: uniform(0, 1000),
      laserDecline: uniform(0, 0.9),
      energy: fc.record({ pluggableDsp: speeds(uniform(1, 30)), lpo: speeds(uniform(1, 30)), cpo: speeds(uniform(1, 30)) }),
      clusterAccelerators: uniform(1, 1e5),
    }),
  );

/** Equal growth rates, where "no rate" (NaN, growth from zero) only equals itself. */
const sameRate = (a: number, b: number) =>
  Number.isNaN(a) || Number.isNaN(b) ? Number.isNaN(a) && Number.isNaN(b) : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
/** Equal to 1e-9 of the larger value, or of `scale` when the quantity is a difference of larger terms. */
const close = (a: number, b: number, scale = 0) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b), Math.abs(scale));

/** Names each compared quantity, so a failure says which one and in which year. */
function mismatches(r: Results, rows: ReferenceRow[]): string[] {
  const out: string[] = [];
  const check = (name: string, model: readonly number[], pick: (row: ReferenceRow) => number, scale: (row: ReferenceRow) => number = () => 0) => {
    if (model.length !== rows.length) out.push(`${name}: ${model.length} years, expected ${rows.length}`);
    rows.forEach((row, i) => {
      if (!close(model[i]!, pick(row), scale(row))) out.push(`${name} ${row.year}: model ${model[i]}, reference ${pick(row)}`);
    });
  };
  check('years', r.years, (row) => row.year);
  for (const s of ['scaleOut', 'scaleUp'] as const) {
    const seg = r.segments[s];
    check(`${s}.demand`, seg.demand800gEq, (row) => row.seg[s].demand);
    check(`${s}.cpoUnits`, seg.cpoPorts800gEq, (row) => row.seg[s].cpoUnits);
    check(`${s}.revenue`, seg.cpoRevenueUsd, (row) => row.seg[s].revenue);
    check(`${s}.elsRevenue`, seg.elsRevenueUsd, (row) => row.seg[s].elsRevenue);
    for (const t of ['pluggableDsp', 'lpo', 'cpo'] as const) check(`${s}.share.${t}`, seg.techShare[t], (row) => row.seg[s].share[t]);
    for (const sp of ['800G', '1.6T', '3.2T'] as const) {
      check(`${s}.ports.${sp}`, seg.portsBySpeed[sp], (row) => row.seg[s].ports[sp]);
      check(`${s}.revenueBySpeed.${sp}`, seg.cpoRevenueBySpeedUsd[sp], (row) => row.seg[s].revenueBySpeed[sp]);
    }
  }
  check('price', r.pricing.cpoAspUsdPer800gEq, (row) => row.price);
  check('cumulativeAtStart', r.pricing.cumulativeCpoPorts800gEq, (row) => row.cumulativeAtStart);
  check('laserPrice', r.pricing.laserAspUsd, (row) => row.laserPrice);
  check('total.demand', r.total.demand800gEq, (row) => row.demand);
  check('total.cpoUnits', r.total.cpoPorts800gEq, (row) => row.cpoUnits);
  check('total.revenue', r.total.cpoRevenueUsd, (row) => row.revenue);
  check('total.elsRevenue', r.total.elsRevenueUsd, (row) => row.elsRevenue);
  check('total.revenueInclEls', r.total.revenueInclElsUsd, (row) => row.revenueInclEls);
  for (const t of ['pluggableDsp', 'lpo', 'cpo'] as const) {
    check(`total.share.${t}`, r.total.techShare[t], (row) => row.marketShare[t]);
    check(`power.cluster.${t}`, r.power.clusterPowerW[t], (row) => row.clusterPowerW[t]);
  }
  check('power.mix', r.power.clusterPowerMixW, (row) => row.clusterPowerMixW);
  // The saving is a difference of two cluster powers: rounding scales with them, not with the (possibly tiny) saving.
  check(
    'power.saved',
    r.power.clusterPowerSavedW,
    (row) => row.powerSavedW,
    (row) => Math.max(row.clusterPowerMixW, ...Object.values(row.clusterPowerW)),
  );
  check('metrics.scaleUpShare', r.metrics.scaleUpShareOfCpoRevenue, (row) => row.scaleUpShareOfRevenue);
  check('metrics.elsShare', r.metrics.elsShareOfRevenueInclEls, (row) => row.elsShareOfRevenueInclEls);
  return out;
}

describe('model against the reference calculation', () => {
  it('agrees on every yearly quantity for random valid documents', () => {
    fc.assert(
      fc.property(plainArb, (plain) => {
        const doc = syntheticDoc(plain);
        const ref = referenceModel(doc);
        const r = runModel(toModelInputs(doc));
        expect(mismatches(r, ref.rows)).toEqual([]);
        expect(r.metrics.crossoverYear).toBe(ref.crossoverYear);
      }),
      { numRuns: 80 },
    );
  });

  it('agrees on the growth-rate facts of every window', () => {
    fc.assert(
      fc.property(plainArb, (plain) => {
        const doc = syntheticDoc(plain);
        const ref = referenceModel(doc);
        const facts = buildFacts(runModel(toModelInputs(doc)));
        const { start, end } = plain;
        const pairs = [
          [start, end],
          [start, start + 1],
        ] as const;
        for (const [from, to] of pairs) {
          expect(sameRate(facts.get(`cagr.${from}_${to}.exclEls`).value!, ref.cagr(from, to))).toBe(true);
          expect(
            sameRate(
              facts.get(`cagr.${from}_${to}.inclEls`).value!,
              ref.cagr(from, to, (row) => row.revenueInclEls),
            ),
          ).toBe(true);
          expect(close(facts.get(`revenue.${to}.total`).value!, ref.rows.find((row) => row.year === to)!.revenue)).toBe(true);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('agrees on both published vintages, read from their raw documents', () => {
    for (const id of ['2026-05', '2026-11']) {
      const v = loadVintage(`data/vintages/${id}`);
      const ref = referenceModel(v.assumptions);
      expect(ref.rows.length).toBe(v.assumptions.years.end - v.assumptions.years.start + 1);
      expect(mismatches(runModel(v.inputs), ref.rows)).toEqual([]);
    }
  });
});
