/**
 * Every figure's data against the model output it says it shows, looked up by the series name a reader sees
 * (legend, row label or column). A figure that plots scale-up under the "Scale-out" label, the p95 band as p5,
 * or ELS revenue as engine revenue fails here. The table below is the only place the mapping is written down,
 * and it must name every figure the latest vintage draws.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CHARTS } from '../../../src/charts';
import type { ChartContext, ChartData, Row } from '../../../packages/engine/src/charts/types';
import type { Results } from '../../../src/model/types';
import type { Tornado } from '../../../packages/engine/src/model/uncertainty';
import type { CpoUncertainty } from '../../../src/uncertainty';
import { getReport } from '../../../packages/engine/src/report/context';

type Yearly = (r: Results) => readonly number[];

/** Figures in long form (year, series, value): each legend name → the Results series it must equal. */
const YEARLY: Record<string, Record<string, Yearly>> = {
  'fig-market-by-segment': { 'Scale-out': (r) => r.segments.scaleOut.cpoRevenueUsd, 'Scale-up': (r) => r.segments.scaleUp.cpoRevenueUsd },
  'fig-segment-crossover': { 'Scale-out': (r) => r.segments.scaleOut.cpoRevenueUsd, 'Scale-up': (r) => r.segments.scaleUp.cpoRevenueUsd },
  'fig-revenue-els': { 'Optical engines (excl. ELS)': (r) => r.total.cpoRevenueUsd, 'External laser sources': (r) => r.total.elsRevenueUsd },
  'fig-technology-mix': {
    'DSP pluggable or copper': (r) => r.total.techShare.pluggableDsp,
    'Linear pluggable (LPO)': (r) => r.total.techShare.lpo,
    CPO: (r) => r.total.techShare.cpo,
  },
  'fig-ports-by-speed': {
    '800G': (r) => r.total.portsBySpeed['800G'],
    '1.6T': (r) => r.total.portsBySpeed['1.6T'],
    '3.2T': (r) => r.total.portsBySpeed['3.2T'],
  },
  'fig-cluster-power': {
    'All DSP pluggable': (r) => r.power.clusterPowerW.pluggableDsp,
    'All Linear pluggable (LPO)': (r) => r.power.clusterPowerW.lpo,
    'All CPO': (r) => r.power.clusterPowerW.cpo,
    'Modelled mix': (r) => r.power.clusterPowerMixW,
  },
  'fig-revenue-by-speed': {
    '800G': (r) => r.total.cpoRevenueBySpeedUsd['800G'],
    '1.6T': (r) => r.total.cpoRevenueBySpeedUsd['1.6T'],
    '3.2T': (r) => r.total.cpoRevenueBySpeedUsd['3.2T'],
  },
  'fig-scale-out-mix': {
    'DSP pluggable': (r) => r.segments.scaleOut.techShare.pluggableDsp,
    'Linear pluggable (LPO)': (r) => r.segments.scaleOut.techShare.lpo,
    CPO: (r) => r.segments.scaleOut.techShare.cpo,
  },
  'fig-adoption-by-segment': { 'Scale-out': (r) => r.segments.scaleOut.techShare.cpo, 'Scale-up': (r) => r.segments.scaleUp.techShare.cpo },
  'fig-addressable-bandwidth': {
    'Scale-out: pluggables': (r) => r.segments.scaleOut.demand800gEq.map((d, i) => d * (1 - r.segments.scaleOut.techShare.cpo[i]!)),
    'Scale-out: CPO': (r) => r.segments.scaleOut.cpoPorts800gEq,
    'Scale-up: copper and pluggables': (r) => r.segments.scaleUp.demand800gEq.map((d, i) => d * (1 - r.segments.scaleUp.techShare.cpo[i]!)),
    'Scale-up: CPO': (r) => r.segments.scaleUp.cpoPorts800gEq,
  },
  'fig-units': {
    'Scale-out CPO switches': (r) => r.units!.cpoSwitches,
    'Optical engines': (r) => r.units!.opticalEngines,
    'External laser modules': (r) => r.units!.externalLasers,
  },
  'fig-asp-path': { 'CPO engine per 800G-eq (excl. laser)': (r) => r.pricing.cpoAspUsdPer800gEq, 'ELS module': (r) => r.pricing.laserAspUsd },
};

/** Fan charts: one row per year with p5…p95 from the named Monte Carlo band and the point forecast. */
const FANS: Record<string, string> = {
  'fig-fan-total-revenue': 'total.cpoRevenueUsd',
  'fig-fan-scale-out': 'segments.scaleOut.cpoRevenueUsd',
  'fig-fan-scale-up': 'segments.scaleUp.cpoRevenueUsd',
};

const TECH_LABEL = { 'DSP pluggable': 'pluggableDsp', 'Linear pluggable (LPO)': 'lpo', CPO: 'cpo' } as const;

/** Figures with another shape, each checked by its own function. */
const OTHER: Record<string, (data: ChartData, r: Results, u: CpoUncertainty) => void> = {
  'fig-energy-per-bit': (data, r) => {
    expect(data.rows.length).toBe(9);
    for (const row of data.rows) {
      const tech = TECH_LABEL[row.technology as keyof typeof TECH_LABEL];
      const speed = row.speed as '800G' | '1.6T' | '3.2T';
      expect(row.pjPerBit, `${row.technology} ${speed}`).toBe(r.power.energyPjPerBit[tech][speed]);
      expect(row.wattsPerPort, `${row.technology} ${speed}`).toBe(r.power.wattsPerPort[tech][speed]);
    }
  },
  'fig-watts-per-port': (data, r) => {
    expect(data.rows.length).toBe(9);
    for (const row of data.rows) {
      const tech = TECH_LABEL[row.technology as keyof typeof TECH_LABEL];
      expect(row.wattsPerPort, `${row.technology} ${row.speed}`).toBe(r.power.wattsPerPort[tech][row.speed as '800G']);
    }
  },
  'fig-crossover-distribution': (data, _r, u) => {
    const dist = u.monteCarlo.crossover.distribution;
    expect(data.rows.length).toBe(dist.length);
    for (const c of dist) {
      const label = c.year === null ? `Not by ${u.monteCarlo.years.at(-1)}` : String(c.year);
      expect(data.rows.find((row) => row.year === label)?.probability, label).toBe(c.probability);
    }
  },
  'fig-tornado-revenue': (data, _r, u) => tornado(data, u.sensitivity.revenue),
  'fig-tornado-cagr': (data, _r, u) => tornado(data, u.sensitivity.cagr),
  'fig-scenarios': (data, _r, u) => {
    const { to } = u.sensitivity.window;
    expect(data.rows.length).toBe(u.scenarios.length);
    for (const s of u.scenarios) {
      const row = data.rows.find((x) => x.scenario === s.label);
      expect(row?.revenueTo, s.label).toBe(s.results.total.cpoRevenueUsd[s.results.years.indexOf(to)]);
      expect(row?.crossover, s.label).toBe(s.results.metrics.crossoverYear);
    }
  },
};

function tornado(data: ChartData, t: Tornado) {
  expect(data.rows.length).toBe(t.rows.length);
  for (const bar of t.rows) {
    const row = data.rows.find((x) => x.assumption === bar.label);
    expect(row, bar.label).toMatchObject({ low: bar.low, high: bar.high, base: t.base });
  }
}

let ctx: ChartContext;
beforeAll(() => {
  ctx = getReport().chartContext;
});

const drawable = () => CHARTS.filter((d) => d.available?.(ctx) ?? true);
const rowsOf = (data: ChartData, series: string): Row[] => data.rows.filter((row) => row.series === series);

describe('charts show the model series they name', () => {
  it('every figure the latest vintage draws is in the mapping (the timeline shows events, not model output)', () => {
    const mapped = [...Object.keys(YEARLY), ...Object.keys(FANS), ...Object.keys(OTHER), 'fig-vendor-timeline'].sort();
    expect(
      drawable()
        .map((d) => d.id)
        .sort(),
    ).toEqual(mapped);
  });

  it('line, area and bar figures: each legend name carries its own model series, every year', () => {
    const r = ctx.results;
    for (const [id, series] of Object.entries(YEARLY)) {
      const data = CHARTS.find((d) => d.id === id)!.data(ctx);
      // No series beyond the mapped ones, and each mapped one present for every year.
      expect(new Set(data.rows.map((row) => row.series)), id).toEqual(new Set(Object.keys(series)));
      for (const [name, pick] of Object.entries(series)) {
        const rows = rowsOf(data, name);
        expect(
          rows.map((row) => row.year),
          `${id}: ${name}`,
        ).toEqual(r.years);
        const expected = pick(r);
        rows.forEach((row, i) => expect(row.value as number, `${id}: ${name} ${row.year}`).toBeCloseTo(expected[i]!, 6));
      }
    }
  });

  it('fan charts: each percentile column is that percentile of the named band, and the point line the forecast', () => {
    const u = ctx.uncertainty as CpoUncertainty;
    const point: Record<string, Yearly> = {
      'total.cpoRevenueUsd': (r) => r.total.cpoRevenueUsd,
      'segments.scaleOut.cpoRevenueUsd': (r) => r.segments.scaleOut.cpoRevenueUsd,
      'segments.scaleUp.cpoRevenueUsd': (r) => r.segments.scaleUp.cpoRevenueUsd,
    };
    for (const [id, band] of Object.entries(FANS)) {
      const data = CHARTS.find((d) => d.id === id)!.data(ctx);
      const bands = u.monteCarlo.bands[band]!;
      expect(
        data.rows.map((row) => row.year),
        id,
      ).toEqual(u.monteCarlo.years);
      data.rows.forEach((row, i) => {
        for (const p of ['p5', 'p25', 'p50', 'p75', 'p95'] as const) expect(row[p], `${id} ${row.year} ${p}`).toBe(bands[p][i]);
        expect(row.point, `${id} ${row.year} point`).toBe(point[band]!(ctx.results)[i]);
      });
    }
  });

  it('tables of scalars, tornado bars, scenarios and the crossover distribution carry their own values', () => {
    const u = ctx.uncertainty as CpoUncertainty;
    const ids = Object.keys(OTHER);
    expect(ids.length).toBe(6);
    for (const id of ids) OTHER[id]!(CHARTS.find((d) => d.id === id)!.data(ctx), ctx.results, u);
  });
});
