import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LATEST } from '../helpers/vintages';

/** Inspects the dist/ that `npm test` builds before running this suite. */
const page = (path: string) => readFileSync(`dist/${path}`, 'utf8');
const facts = () => JSON.parse(page(`data/${LATEST}/facts.json`)).facts as Record<string, { value: number | null; text: string }>;
const shownFact = (html: string, name: string) => html.match(new RegExp(`data-fact="${name.replace(/\./g, '\\.')}"[^>]*>([^<]+)<`))?.[1];

describe('build/uncertainty in the report', () => {
  const html = page('risks-and-scenarios/index.html');

  it('the market forecast chapter shows the total-revenue fan chart', () => {
    const forecast = page('market-forecast/index.html');
    expect(forecast).toMatch(/<svg[^>]*aria-labelledby="fig-fan-total-revenue-light-title fig-fan-total-revenue-light-desc"/);
    expect(forecast).toContain(`href="/data/${LATEST}/charts/fig-fan-total-revenue.csv"`);
  });

  it('the risks chapter shows the segment fan charts, the tornados, the crossover distribution and the scenario table', () => {
    for (const id of ['fig-fan-scale-out', 'fig-fan-scale-up', 'fig-crossover-distribution', 'fig-tornado-revenue', 'fig-tornado-cagr', 'fig-scenarios']) {
      expect(html, id).toMatch(new RegExp(`<svg[^>]*aria-labelledby="${id}-light-title ${id}-light-desc"`));
      expect(html, id).toContain(`href="/data/${LATEST}/charts/${id}.csv"`);
    }
    expect(html).toMatch(/<th scope="col">Tested range \(p5 – p95\)<\/th>/);
  });

  it('shows the crossover probability and percentile facts exactly as published in facts.json', () => {
    const f = facts();
    for (const name of ['prob.crossoverBefore2030', 'revenue.2030.total.p5', 'revenue.2030.total.p95', 'scenario.bear.revenue.2030.total']) {
      expect(f[name], name).toBeDefined();
      expect(shownFact(html, name), name).toBe(f[name]!.text);
    }
    expect(f['prob.crossoverBefore2030']!.value).toBeGreaterThanOrEqual(0);
    expect(f['prob.crossoverBefore2030']!.value).toBeLessThanOrEqual(1);
    expect(f['revenue.2030.total.p5']!.value!).toBeLessThanOrEqual(f['revenue.2030.total.p50']!.value!);
    expect(f['revenue.2030.total.p50']!.value!).toBeLessThanOrEqual(f['revenue.2030.total.p95']!.value!);
  });

  it('publishes the fan chart data with every percentile column', () => {
    const csv = page(`data/${LATEST}/charts/fig-fan-total-revenue.csv`).split('\r\n');
    expect(csv[0]).toBe('Year,p5,p25,Median,p75,p95,Point forecast');
    expect(csv.filter((l) => /^20\d\d,/.test(l))).toHaveLength(7);
  });
});
