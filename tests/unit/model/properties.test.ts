import fc from 'fast-check';
import { describe, it } from 'vitest';
import { cagr, logisticShare, PORT_SPEEDS, runModel, SEGMENTS, seriesCagr, TECHNOLOGIES, type ModelInputs, type Series } from '../../../src/model';
import { LEARNING_RATE_LIMIT } from '../../../packages/engine/src/data/schema';
import { baseInputs } from '../../helpers/inputs';

/**
 * Properties of the model over generated inputs, not only the published base case. The generators stay inside
 * what the data schema accepts (src/data/schema.ts), so every generated case is one an author could publish.
 */
const base = baseInputs();
const n = base.years.length;

/**
 * fc.double picks uniformly among representable doubles, so most draws would be vanishingly small (1e-200) and
 * products of them 0. Real inputs are spread evenly over their range, so draw them that way (ends included).
 */
const uniform = (min: number, max: number) => fc.integer({ min: 0, max: 1_000_000 }).map((t) => min + ((max - min) * t) / 1_000_000);
const positive = (max: number) => uniform(max * 1e-6, max);
const fraction = uniform(0, 1);
const series = (value: fc.Arbitrary<number>) => fc.array(value, { minLength: n, maxLength: n });
/** Three non-negative shares that sum to 1 (at least one weight is positive). */
const speedMix = fc
  .array(fc.tuple(fraction, fraction, uniform(0.001, 1)), { minLength: n, maxLength: n })
  .map((rows) => rows.map(([a, b, c]) => [a / (a + b + c), b / (a + b + c), c / (a + b + c)] as const));

const segment = fc.record({
  opticalPorts800gEqPerAccelerator: series(uniform(0, 100)),
  adoption: fc.record({ cap: fraction, steepness: positive(5), midpointYear: uniform(2000, 2100) }),
  lpoShareOfPluggable: series(fraction),
  speedMix,
});

const inputs: fc.Arbitrary<ModelInputs> = fc
  .record({
    acceleratorShipments: series(uniform(0, 1e9)),
    scaleOut: segment,
    scaleUp: segment,
    asp: positive(1e5),
    // The schema's limit: at 50% or more, Wright's law makes revenue fall as volume grows (the monotonicity test fails).
    learningRate: uniform(0, LEARNING_RATE_LIMIT * 0.999999),
    initial: positive(1e9),
    factors: fc.tuple(positive(10), positive(10)),
    els: fc.record({ lasersPer800gEq: uniform(0, 10), laserAspUsd: uniform(0, 1e4), laserAspAnnualDecline: uniform(0, 0.99) }),
  })
  .map((g) => {
    const x = structuredClone(base);
    x.acceleratorShipments = g.acceleratorShipments;
    for (const s of SEGMENTS) {
      const seg = g[s];
      x.segments[s] = {
        opticalPorts800gEqPerAccelerator: seg.opticalPorts800gEqPerAccelerator,
        adoption: seg.adoption,
        lpoShareOfPluggable: seg.lpoShareOfPluggable,
        speedMix: Object.fromEntries(PORT_SPEEDS.map((sp, k) => [sp, seg.speedMix.map((row) => row[k]!)])) as ModelInputs['segments']['scaleOut']['speedMix'],
      };
    }
    x.pricing = {
      cpoAspUsdPer800gEq: g.asp,
      learningRate: g.learningRate,
      initialCumulativePorts800gEq: g.initial,
      segmentPriceFactor: { scaleOut: g.factors[0], scaleUp: g.factors[1] },
    };
    x.els = g.els;
    return x;
  });

/** a ≈ b relative to their size (sums of large floats are not exact). */
const close = (a: number, b: number, rel = 1e-9) => Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));
const everyYear = (s: Series, f: (x: number, i: number) => boolean) => s.length === n && s.every(f);

describe('model/properties (fast-check)', () => {
  it('every share stays within 0–1 and technology shares sum to 1', () => {
    fc.assert(
      fc.property(inputs, (x) => {
        const r = runModel(x);
        const inUnit = (v: number) => v >= -1e-12 && v <= 1 + 1e-12;
        for (const techShare of [...SEGMENTS.map((s) => r.segments[s].techShare), r.total.techShare]) {
          for (const t of TECHNOLOGIES) if (!everyYear(techShare[t], inUnit)) return false;
          if (
            !r.years.every(
              (_, i) =>
                close(
                  TECHNOLOGIES.reduce((a, t) => a + techShare[t][i]!, 0),
                  1,
                ) || r.total.demand800gEq[i] === 0,
            )
          )
            return false;
        }
        return everyYear(r.metrics.scaleUpShareOfCpoRevenue, inUnit) && everyYear(r.metrics.elsShareOfRevenueInclEls, inUnit);
      }),
    );
  });

  it('revenue is never negative', () => {
    fc.assert(
      fc.property(inputs, (x) => {
        const r = runModel(x);
        const nonNegative = (v: number) => v >= 0;
        return [r.total.cpoRevenueUsd, r.total.elsRevenueUsd, r.total.revenueInclElsUsd, ...SEGMENTS.map((s) => r.segments[s].cpoRevenueUsd)].every((s) =>
          everyYear(s, nonNegative),
        );
      }),
    );
  });

  it('revenue is monotone in demand: more accelerators never mean less revenue in any year', () => {
    fc.assert(
      fc.property(inputs, uniform(1, 100), (x, k) => {
        const more = structuredClone(x);
        more.acceleratorShipments = x.acceleratorShipments.map((v) => v * k);
        const a = runModel(x).total;
        const b = runModel(more).total;
        return (
          everyYear(a.cpoRevenueUsd, (v, i) => b.cpoRevenueUsd[i]! >= v * (1 - 1e-9)) &&
          everyYear(a.revenueInclElsUsd, (v, i) => b.revenueInclElsUsd[i]! >= v * (1 - 1e-9))
        );
      }),
    );
  });

  it('CAGR of a series scaled by a constant is unchanged', () => {
    fc.assert(
      fc.property(positive(1e12), positive(1e12), fc.integer({ min: 1, max: 30 }), positive(1e6), (a, b, years, c) =>
        close(cagr(c * a, c * b, years), cagr(a, b, years), 1e-9),
      ),
    );
    // The same through the model: scaling every price scales revenue, not its growth.
    fc.assert(
      fc.property(inputs, positive(1e3), (x, c) => {
        const scaled = structuredClone(x);
        scaled.pricing.cpoAspUsdPer800gEq *= c;
        const revenue = (inp: ModelInputs) => runModel(inp).total.cpoRevenueUsd;
        // Below ~1e-290 a product underflows to a subnormal or to 0 and the ratio loses all precision.
        fc.pre(revenue(x)[0]! === 0 || Math.min(revenue(x)[0]!, revenue(scaled)[0]!) > 1e-290);
        const g = (inp: ModelInputs) => seriesCagr(inp.years, revenue(inp), inp.years[0]!, inp.years[n - 1]!);
        const [before, after] = [g(x), g(scaled)];
        return Number.isNaN(before) ? Number.isNaN(after) : close(before, after, 1e-9);
      }),
    );
  });

  it('segments add up to the total', () => {
    fc.assert(
      fc.property(inputs, (x) => {
        const r = runModel(x);
        const adds = (pick: (o: typeof r.total | (typeof r.segments)['scaleOut']) => Series) =>
          everyYear(pick(r.total), (v, i) =>
            close(
              SEGMENTS.reduce((a, s) => a + pick(r.segments[s])[i]!, 0),
              v,
            ),
          );
        return (
          adds((o) => o.demand800gEq) &&
          adds((o) => o.cpoPorts800gEq) &&
          adds((o) => o.cpoRevenueUsd) &&
          adds((o) => o.elsRevenueUsd) &&
          PORT_SPEEDS.every((sp) => adds((o) => o.portsBySpeed[sp]))
        );
      }),
    );
  });

  it('logistic adoption is monotone in year and stays between 0 and its ceiling', () => {
    const params = fc.record({ cap: fraction, steepness: positive(5), midpointYear: uniform(2000, 2100) });
    fc.assert(
      fc.property(params, uniform(1990, 2110), uniform(0, 50), (p, year, step) => {
        const early = logisticShare(year, p);
        const late = logisticShare(year + step, p);
        return late >= early && early >= 0 && late <= p.cap;
      }),
    );
  });
});
