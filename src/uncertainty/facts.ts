import { PERCENTILES, seriesCagr, type FactRegistry } from '@forecast-report/engine';
import type { CagrKey, CpoUncertainty } from './index';

/** Revenue series given bands as facts, keyed like the point facts (revenue.<year>.<key>). */
const BANDED_REVENUE = {
  total: ['total.cpoRevenueUsd', 'CPO revenue excluding ELS'],
  inclEls: ['total.revenueInclElsUsd', 'CPO revenue including ELS'],
  els: ['total.elsRevenueUsd', 'ELS revenue'],
  scaleOut: ['segments.scaleOut.cpoRevenueUsd', 'scale-out CPO revenue excluding ELS'],
  scaleUp: ['segments.scaleUp.cpoRevenueUsd', 'scale-up CPO revenue excluding ELS'],
} as const;

const CAGR_LABEL: Record<CagrKey, string> = {
  exclEls: 'CPO revenue excluding ELS',
  inclEls: 'CPO revenue including ELS',
  scaleOut: 'scale-out CPO revenue',
  scaleUp: 'scale-up CPO revenue',
};

const pct = (threshold: number) => `${+(threshold * 100).toFixed(4)}pct`.replace('.', '_');

/**
 * Adds the uncertainty facts: percentile bands of revenue (revenue.2030.total.p5 …), of the CAGR
 * (cagr.2026_2030.exclEls.p95 …), event probabilities (prob.crossoverBefore2030 …), tornado extremes and
 * scenario outcomes (scenario.bear.revenue.2030.total …).
 */
export function addUncertaintyFacts(facts: FactRegistry, u: CpoUncertainty): void {
  const mc = u.monteCarlo;
  const { from, to } = mc.cagrWindow;
  const last = mc.years[mc.years.length - 1]!;
  const first = mc.years[0]!;
  facts.add('mc.draws', mc.draws, 'count', 'Monte Carlo draws behind every percentile and probability');
  facts.add('mc.assumptions', mc.assumptions.length, 'count', 'Assumptions that carry a distribution in the Monte Carlo run');

  mc.years.forEach((year, i) => {
    for (const [key, [series, label]] of Object.entries(BANDED_REVENUE)) {
      for (const p of PERCENTILES)
        facts.add(`revenue.${year}.${key}.${p}`, mc.bands[series]![p][i]!, 'usd', `${label}, ${year}, ${p} of the Monte Carlo draws`);
    }
  });
  for (const [key, q] of Object.entries(mc.cagr) as [CagrKey, Record<string, number>][]) {
    for (const p of PERCENTILES)
      facts.add(`cagr.${from}_${to}.${key}.${p}`, q[p]!, 'growth', `CAGR ${from}–${to} of ${CAGR_LABEL[key]}, ${p} of the Monte Carlo draws`);
  }

  const dist = mc.crossover.distribution;
  const share = (test: (year: number | null) => boolean) => dist.reduce((acc, c) => acc + (test(c.year) ? c.probability : 0), 0);
  facts.add(
    `prob.crossoverBefore${mc.crossover.before}`,
    mc.crossover.probabilityBefore,
    'fraction',
    `Probability scale-up CPO revenue overtakes scale-out for good before ${mc.crossover.before}`,
  );
  facts.add(
    `prob.crossoverBy${last}`,
    share((y) => y !== null),
    'fraction',
    `Probability scale-up CPO revenue is ahead of scale-out in ${last}`,
  );
  facts.add(
    'prob.noCrossover',
    share((y) => y === null),
    'fraction',
    `Probability scale-up CPO revenue is still behind scale-out in ${last}`,
  );
  facts.add(
    'prob.scaleUpAheadFromStart',
    share((y) => y === first),
    'fraction',
    `Probability scale-up CPO revenue leads scale-out in every year from ${first}`,
  );
  for (const { year, probability } of dist) {
    if (year !== null)
      facts.add(`prob.crossover.${year}`, probability, 'fraction', `Probability the lasting crossover of scale-up over scale-out comes in ${year}`);
  }
  for (const { threshold, probability } of mc.cagrAbove) {
    facts.add(
      `prob.cagr.${from}_${to}.exclEls.above${pct(threshold)}`,
      probability,
      'fraction',
      `Probability the ${from}–${to} CAGR of CPO revenue excluding ELS exceeds ${+(threshold * 100).toFixed(4)}%`,
    );
    // The threshold itself is an event definition from uncertainty.json; prose shows it through a fact too.
    facts.add(
      `event.cagr.${from}_${to}.threshold.above${pct(threshold)}`,
      threshold,
      'growth',
      `CAGR threshold of the ${from}–${to} event "CAGR exceeds ${+(threshold * 100).toFixed(4)}%"`,
    );
  }

  for (const [metric, tornado, unit] of [
    ['revenue', u.sensitivity.revenue, 'usd'],
    ['cagr', u.sensitivity.cagr, 'growth'],
  ] as const) {
    const key = metric === 'revenue' ? `sensitivity.revenue${u.sensitivity.year}` : `sensitivity.cagr${from}_${to}`;
    tornado.rows.slice(0, 3).forEach((row, k) => {
      facts.add(`${key}.rank${k + 1}.low`, row.low, unit, `${tornado.metric} with "${row.label}" at its 5th percentile`);
      facts.add(`${key}.rank${k + 1}.high`, row.high, unit, `${tornado.metric} with "${row.label}" at its 95th percentile`);
    });
  }

  for (const s of u.scenarios) {
    const r = s.results;
    const at = (year: number) => r.years.indexOf(year);
    for (const year of [from, to])
      facts.add(`scenario.${s.id}.revenue.${year}.total`, r.total.cpoRevenueUsd[at(year)]!, 'usd', `${s.label} scenario: CPO revenue excluding ELS, ${year}`);
    facts.add(`scenario.${s.id}.revenue.${to}.inclEls`, r.total.revenueInclElsUsd[at(to)]!, 'usd', `${s.label} scenario: CPO revenue including ELS, ${to}`);
    facts.add(
      `scenario.${s.id}.cagr.${from}_${to}.exclEls`,
      seriesCagr(r.years, r.total.cpoRevenueUsd, from, to),
      'growth',
      `${s.label} scenario: CAGR ${from}–${to} excluding ELS`,
    );
    facts.add(`scenario.${s.id}.crossover.year`, r.metrics.crossoverYear, 'year', `${s.label} scenario: first year scale-up CPO revenue exceeds scale-out`);
    facts.add(
      `scenario.${s.id}.share.${to}.scaleUp`,
      r.metrics.scaleUpShareOfCpoRevenue[at(to)]!,
      'fraction',
      `${s.label} scenario: scale-up share of CPO revenue, ${to}`,
    );
    facts.add(`scenario.${s.id}.share.${to}.cpo`, r.total.techShare.cpo[at(to)]!, 'fraction', `${s.label} scenario: CPO share of all optical bandwidth, ${to}`);
  }
}
