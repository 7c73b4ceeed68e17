import type { Figure, FigureContext } from '../types';
import type { CpoUncertainty } from '../../uncertainty';
import {
  axisFor,
  conceptOf,
  fanChart,
  formatValue,
  size,
  tornadoChart as tornadoSpec,
  wrapExpr,
  type ChartData,
  type Row,
  type Tornado,
  type Unit,
} from '@forecast-report/engine';

/** Figures built on the Monte Carlo run: fan charts, the crossover-year distribution, tornados and scenarios. */

function needUncertainty(ctx: FigureContext, id: string): CpoUncertainty {
  if (!ctx.uncertainty) throw new Error(`figure "${id}" needs the Monte Carlo run: add uncertainty.json to the vintage`);
  return ctx.uncertainty;
}

const last = (years: readonly number[]) => years[years.length - 1]!;
const POINT_LABEL = 'Point forecast';

interface FanSpec {
  id: string;
  title: string;
  subtitle?: string;
  /** Band series name in MonteCarloResult.bands and the fact key used by revenue.<year>.<key>.<p>. */
  series: string;
  factKey: string;
  what: string;
  point: (ctx: FigureContext) => readonly number[];
  /** The concept whose colour the bands take. */
  concept: string;
  /** Band series that share one y scale, so fans shown side by side compare at a glance. */
  sharedScale?: readonly string[];
}

/** The top of a y scale that holds every listed band and point forecast. */
function sharedMax(ctx: FigureContext, series: readonly string[]): number {
  const bands = needUncertainty(ctx, 'fan').monteCarlo.bands;
  return Math.max(...series.flatMap((s) => bands[s]?.p95 ?? [0]));
}
const SEGMENT_FANS = ['segments.scaleOut.cpoRevenueUsd', 'segments.scaleUp.cpoRevenueUsd'] as const;

function fanFigure(f: FanSpec): Figure {
  return {
    id: f.id,
    title: f.title,
    ...(f.subtitle ? { subtitle: f.subtitle } : {}),
    caption: (ctx) => {
      const y = last(ctx.results.years);
      const mc = needUncertainty(ctx, f.id).monteCarlo;
      return `Shaded: the middle 50% (p25–p75) and 90% (p5–p95) of ${formatValue(mc.draws, 'count')} seeded Monte Carlo draws; line: median; dashed: point forecast. In ${y} the 90% band runs from ${ctx.facts.get(`revenue.${y}.${f.factKey}.p5`).text} to ${ctx.facts.get(`revenue.${y}.${f.factKey}.p95`).text}.`;
    },
    description: (ctx) => {
      const y = last(ctx.results.years);
      return `Fan chart of ${f.what} by year, ${ctx.results.years[0]} to ${y}: shaded bands from the 5th to the 95th and from the 25th to the 75th percentile of the Monte Carlo draws, the median as a line and the point forecast dashed. In ${y} the median is ${ctx.facts.get(`revenue.${y}.${f.factKey}.p50`).text}, the point forecast ${ctx.facts.get(`revenue.${y}.${f.factKey}`).text}, and the 90% band spans ${ctx.facts.get(`revenue.${y}.${f.factKey}.p5`).text} to ${ctx.facts.get(`revenue.${y}.${f.factKey}.p95`).text}.`;
    },
    data: (ctx) => {
      const b = needUncertainty(ctx, f.id).monteCarlo.bands[f.series];
      if (!b) throw new Error(`figure "${f.id}": no Monte Carlo series "${f.series}"`);
      const point = f.point(ctx);
      return {
        columns: [
          { key: 'year', label: 'Year', unit: 'year' },
          { key: 'p5', label: 'p5', unit: 'usd' },
          { key: 'p25', label: 'p25', unit: 'usd' },
          { key: 'p50', label: 'Median', unit: 'usd' },
          { key: 'p75', label: 'p75', unit: 'usd' },
          { key: 'p95', label: 'p95', unit: 'usd' },
          { key: 'point', label: POINT_LABEL, unit: 'usd' },
        ],
        rows: ctx.results.years.map((year, i) => ({ year, p5: b.p5[i]!, p25: b.p25[i]!, p50: b.p50[i]!, p75: b.p75[i]!, p95: b.p95[i]!, point: point[i]! })),
      };
    },
    spec: (ctx) =>
      fanChart({ years: ctx.results.years, unit: 'usd', concept: f.concept, ...(f.sharedScale ? { yDomain: [0, sharedMax(ctx, f.sharedScale)] } : {}) }),
  };
}

export const fanTotalRevenue = fanFigure({
  id: 'fig-fan-total-revenue',
  title: 'The range of CPO revenue outcomes widens with the horizon',
  subtitle: 'CPO revenue, US dollars, excluding external laser sources: Monte Carlo median, 50% and 90% ranges',
  series: 'total.cpoRevenueUsd',
  concept: 'cpo',
  factKey: 'total',
  what: 'CPO revenue excluding external laser sources',
  point: ({ results }) => results.total.cpoRevenueUsd,
});
const fanScaleOut = fanFigure({
  id: 'fig-fan-scale-out',
  title: 'Scale-out CPO revenue: range of outcomes',
  subtitle: 'US dollars, same scale as the scale-up fan: Monte Carlo median, 50% and 90% ranges',
  series: 'segments.scaleOut.cpoRevenueUsd',
  concept: 'scaleOut',
  sharedScale: SEGMENT_FANS,
  factKey: 'scaleOut',
  what: 'scale-out CPO revenue excluding external laser sources',
  point: ({ results }) => results.segments.scaleOut.cpoRevenueUsd,
});
const fanScaleUp = fanFigure({
  id: 'fig-fan-scale-up',
  title: 'Scale-up CPO revenue: range of outcomes',
  subtitle: 'US dollars, same scale as the scale-out fan: Monte Carlo median, 50% and 90% ranges',
  series: 'segments.scaleUp.cpoRevenueUsd',
  concept: 'scaleUp',
  sharedScale: SEGMENT_FANS,
  factKey: 'scaleUp',
  what: 'scale-up CPO revenue excluding external laser sources',
  point: ({ results }) => results.segments.scaleUp.cpoRevenueUsd,
});

const crossoverDistribution: Figure = {
  id: 'fig-crossover-distribution',
  title: 'When scale-up overtakes scale-out: distribution over the draws',
  subtitle: 'Share of Monte Carlo draws, by the year scale-up CPO revenue passes scale-out for good',
  caption: (ctx) => {
    const mc = needUncertainty(ctx, 'fig-crossover-distribution').monteCarlo;
    return `Share of Monte Carlo draws by the year scale-up CPO revenue passes scale-out for good. The crossover comes before ${mc.crossover.before} in ${ctx.facts.get(`prob.crossoverBefore${mc.crossover.before}`).text} of draws; in ${ctx.facts.get('prob.noCrossover').text} scale-up is still behind in ${last(mc.years)}.`;
  },
  description: (ctx) => {
    const mc = needUncertainty(ctx, 'fig-crossover-distribution').monteCarlo;
    const parts = mc.crossover.distribution.map((c) => `${c.year === null ? `not by ${last(mc.years)}` : c.year}: ${formatValue(c.probability, 'fraction')}`);
    return `Bar chart of the probability of each crossover year, where the crossover is the first year from which scale-up CPO revenue stays above scale-out; the first bar counts draws in which scale-up leads from the start. ${parts.join('; ')}.`;
  },
  data: (ctx) => {
    const mc = needUncertainty(ctx, 'fig-crossover-distribution').monteCarlo;
    return {
      columns: [
        { key: 'year', label: 'Crossover year' },
        { key: 'probability', label: 'Share of draws', unit: 'fraction' },
      ],
      rows: mc.crossover.distribution.map((c) => ({ year: c.year === null ? `Not by ${last(mc.years)}` : String(c.year), probability: c.probability })),
    };
  },
  spec: () => ({
    ...size,
    mark: { type: 'bar', color: conceptOf('scaleUp').light },
    encoding: {
      // Year labels ("2029", "Not by 2035") stay level; greedy overlap removal hides any that would collide.
      x: { field: 'year', type: 'ordinal', title: null, sort: null, axis: { labelAngle: 0, labelExpr: wrapExpr(8) } },
      y: { field: 'probability', type: 'quantitative', title: null, axis: axisFor('fraction') },
    },
  }),
};

/** Assumption values read with enough digits to tell p5 from p95; series multipliers read as "×0.85". */
function inputText(value: number, multiplier: boolean): string {
  const text = Number(value.toPrecision(3)).toLocaleString('en-US', { maximumFractionDigits: 4 });
  return multiplier ? `×${text}` : text;
}

function tornadoChart(id: string, title: string, pick: (u: CpoUncertainty) => Tornado, unit: Unit, factKey: (u: CpoUncertainty) => string): Figure {
  const data = (ctx: FigureContext): ChartData => {
    const u = needUncertainty(ctx, id);
    const t = pick(u);
    const roles = new Map(u.assumptions.map((a) => [a.id, a.role]));
    return {
      columns: [
        { key: 'assumption', label: 'Assumption' },
        { key: 'range', label: 'Tested range (p5 – p95)' },
        { key: 'low', label: 'At p5', unit },
        { key: 'high', label: 'At p95', unit },
        { key: 'swing', label: 'Swing', unit },
        { key: 'base', label: 'Point forecast', unit },
      ],
      rows: t.rows.map((row): Row => {
        const multiplier = roles.get(row.id) === 'multiplier';
        return {
          assumption: row.label,
          range: `${inputText(row.lowInput, multiplier)} – ${inputText(row.highInput, multiplier)}`,
          low: row.low,
          high: row.high,
          swing: row.swing,
          base: t.base,
        };
      }),
    };
  };
  return {
    id,
    title,
    subtitle: 'Result with one assumption at its 5th or 95th percentile and all others at their point values',
    caption: (ctx) => {
      const u = needUncertainty(ctx, id);
      const t = pick(u);
      const top = t.rows[0];
      return `Each bar moves one assumption from its 5th to its 95th percentile with all others at their point values; widest first. ${top ? `"${top.label}" alone moves the result from ${ctx.facts.get(`${factKey(u)}.rank1.low`).text} to ${ctx.facts.get(`${factKey(u)}.rank1.high`).text}.` : ''}`.trim();
    },
    description: (ctx) => {
      const t = pick(needUncertainty(ctx, id));
      const rows = t.rows.slice(0, 5).map((r) => `${r.label}: ${formatValue(r.low, unit)} to ${formatValue(r.high, unit)}`);
      return `Tornado chart of ${t.metric}: horizontal bars from the point forecast of ${formatValue(t.base, unit)} to the result with each assumption at its 5th and 95th percentile. Largest effects: ${rows.join('; ')}.`;
    },
    data,
    spec: (ctx) => tornadoSpec({ unit, rows: pick(needUncertainty(ctx, id)).rows.length, metric: t(ctx) }),
  };
  function t(ctx: FigureContext) {
    return pick(needUncertainty(ctx, id)).metric;
  }
}

export const tornadoRevenue = tornadoChart(
  'fig-tornado-revenue',
  'What moves end-of-horizon CPO revenue most',
  (u) => u.sensitivity.revenue,
  'usd',
  (u) => `sensitivity.revenue${u.sensitivity.year}`,
);
const tornadoCagr = tornadoChart(
  'fig-tornado-cagr',
  'What moves the CPO revenue growth rate most',
  (u) => u.sensitivity.cagr,
  'growth',
  (u) => `sensitivity.cagr${u.sensitivity.window.from}_${u.sensitivity.window.to}`,
);

const scenarioTable: Figure = {
  id: 'fig-scenarios',
  title: 'Bear, base and bull scenarios',
  subtitle: 'CPO revenue at the end of the horizon, US dollars, excluding external laser sources',
  caption: (ctx) => {
    const u = needUncertainty(ctx, 'fig-scenarios');
    const { to } = u.sensitivity.window;
    return `End-of-horizon CPO revenue excluding ELS under each named assumption set; ${u.scenarios.map((s) => `${s.label.toLowerCase()} ${ctx.facts.get(`scenario.${s.id}.revenue.${to}.total`).text}`).join(', ')}. The table lists growth and the crossover year.`;
  },
  description: (ctx) => {
    const u = needUncertainty(ctx, 'fig-scenarios');
    const { from, to } = u.sensitivity.window;
    return `Horizontal bar chart of CPO revenue excluding ELS in ${to} for each scenario. ${u.scenarios
      .map(
        (s) =>
          `${s.label}: ${ctx.facts.get(`scenario.${s.id}.revenue.${to}.total`).text}, CAGR ${from}–${to} ${ctx.facts.get(`scenario.${s.id}.cagr.${from}_${to}.exclEls`).text}, crossover ${ctx.facts.get(`scenario.${s.id}.crossover.year`).text}`,
      )
      .join('; ')}.`;
  },
  data: (ctx) => {
    const u = needUncertainty(ctx, 'fig-scenarios');
    const { from, to } = u.sensitivity.window;
    const f = (s: string, name: string) => ctx.facts.get(`scenario.${s}.${name}`).value;
    return {
      columns: [
        { key: 'scenario', label: 'Scenario' },
        { key: 'revenueFrom', label: `Revenue ${from}`, unit: 'usd' },
        { key: 'revenueTo', label: `Revenue ${to}`, unit: 'usd' },
        { key: 'cagr', label: `CAGR ${from}–${to}`, unit: 'growth' },
        { key: 'crossover', label: 'Crossover year', unit: 'year' },
        { key: 'scaleUpShare', label: `Scale-up share ${to}`, unit: 'fraction' },
        { key: 'cpoShare', label: `CPO share of bandwidth ${to}`, unit: 'fraction' },
      ],
      rows: u.scenarios.map((s) => ({
        scenario: s.label,
        revenueFrom: f(s.id, `revenue.${from}.total`),
        revenueTo: f(s.id, `revenue.${to}.total`),
        cagr: f(s.id, `cagr.${from}_${to}.exclEls`),
        crossover: f(s.id, 'crossover.year'),
        scaleUpShare: f(s.id, `share.${to}.scaleUp`),
        cpoShare: f(s.id, `share.${to}.cpo`),
      })),
    };
  },
  spec: (ctx) => {
    const u = needUncertainty(ctx, 'fig-scenarios');
    return {
      width: size.width,
      height: Math.max(90, u.scenarios.length * 40),
      mark: { type: 'bar', height: 22 },
      encoding: {
        y: { field: 'scenario', type: 'nominal', title: null, sort: null },
        x: { field: 'revenueTo', type: 'quantitative', title: null, axis: axisFor('usd') },
        // One concept, one colour: scenarios differ in length, not in hue.
        color: { value: conceptOf('cpo').light },
      },
    };
  },
};

/** A vintage without uncertainty.json (e.g. an archived one) has none of these figures. */
export const UNCERTAINTY_CHARTS: readonly Figure[] = [
  fanTotalRevenue,
  fanScaleOut,
  fanScaleUp,
  crossoverDistribution,
  tornadoRevenue,
  tornadoCagr,
  scenarioTable,
].map((def) => ({ ...def, available: (ctx: FigureContext) => ctx.uncertainty !== undefined }));
