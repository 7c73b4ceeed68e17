import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LATEST } from '../helpers/vintages';

/** Inspects the dist/ that `npm test` builds before running this suite. */
const page = (path: string) => readFileSync(`dist/${path}`, 'utf8');

describe('build/site output', () => {
  it('has the report index and the chapter page', () => {
    expect(existsSync('dist/index.html')).toBe(true);
    expect(existsSync('dist/executive-summary/index.html')).toBe(true);
  });

  it('inlines every chart as SVG with a text alternative, a data table and its downloads', () => {
    const html = page('executive-summary/index.html');
    const figures = html.match(/<figure class="chart"/g) ?? [];
    expect(figures.length).toBeGreaterThanOrEqual(1);
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="fig-market-by-segment-light-title fig-market-by-segment-light-desc"/);
    expect(html).toContain('<table class="data-table">');
    expect(html).toContain(`href="/data/${LATEST}/charts/fig-market-by-segment.csv"`);
    // Scripts are external files only (strict CSP); reading needs none of them.
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  });

  it('publishes facts, results and a CSV per figure', () => {
    const facts = JSON.parse(page(`data/${LATEST}/facts.json`));
    expect(facts.facts['cagr.2026_2030.exclEls'].unit).toBe('growth');
    const results = JSON.parse(page(`data/${LATEST}/results.json`));
    expect(results.years[0]).toBe(2024);
    const csv = page(`data/${LATEST}/charts/fig-market-by-segment.csv`);
    expect(csv.split('\r\n')[0]).toBe('Year,Segment,Revenue (USD)');
  });

  it('the prose shows the same number as the facts registry', () => {
    const facts = JSON.parse(page(`data/${LATEST}/facts.json`));
    const html = page('executive-summary/index.html');
    const shown = html.match(/data-fact="cagr\.2026_2030\.exclEls"[^>]*>([^<]+)</)?.[1];
    expect(shown).toBe(facts.facts['cagr.2026_2030.exclEls'].text);
  });
});
