import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LATEST } from '../helpers/vintages';
import { listAssumptions } from '../../packages/engine/src/data/assumptions';
import { loadVintage } from '../../packages/engine/src/data/load';
import { requireFreshDist } from '../helpers/fresh-dist';

// Refuses a dist/ built from other sources than the checkout has now.
beforeAll(() => requireFreshDist());

/** Inspects the dist/ that `npm test` builds before running this suite. */
const page = (path: string) => readFileSync(`dist/${path}`, 'utf8');
const vintage = loadVintage(resolve(`data/vintages/${LATEST}`));

/** Minimal CSV reader for the figure downloads (RFC 4180 quoting). */
function parseCsv(text: string): string[][] {
  return text
    .trim()
    .split('\r\n')
    .map((line) => [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"')).slice(0, -1));
}

const CHAPTERS = [
  'executive-summary',
  'why-now',
  'technology-primer',
  'market-forecast',
  'scale-up-vs-scale-out',
  'vendor-landscape',
  'methodology',
  'data-and-downloads',
];

describe('build/the published report', () => {
  it('recomputes the 2026–2030 CAGR (excl. ELS) and the crossover year from the published CSV', () => {
    const rows = parseCsv(page(`data/${LATEST}/charts/fig-market-by-segment.csv`));
    expect(rows[0]).toEqual(['Year', 'Segment', 'Revenue (USD)']);
    const revenue = new Map<string, number>();
    const bySegment = new Map<string, Map<number, number>>();
    for (const [year, segment, value] of rows.slice(1)) {
      revenue.set(year!, (revenue.get(year!) ?? 0) + Number(value));
      if (!bySegment.has(segment!)) bySegment.set(segment!, new Map());
      bySegment.get(segment!)!.set(Number(year), Number(value));
    }
    const cagr = Math.pow(revenue.get('2030')! / revenue.get('2026')!, 1 / 4) - 1;
    expect(cagr).toBeGreaterThan(0);

    const up = bySegment.get('Scale-up')!;
    const out = bySegment.get('Scale-out')!;
    expect(up.size).toBe(7);
    // Whether the thesis holds is the data's business (npm run calibrate); the test checks the page agrees with the CSV.
    const crossover = [...up.keys()].sort().find((y) => up.get(y)! > out.get(y)!) ?? null;

    // …and the prose shows the same two numbers, through the facts registry.
    const facts = JSON.parse(page(`data/${LATEST}/facts.json`)).facts;
    expect(facts['cagr.2026_2030.exclEls'].text).toBe(`${Math.round(cagr * 100)}%`);
    expect(facts['crossover.year'].value).toBe(crossover);
    const summary = page('executive-summary/index.html');
    expect(summary).toContain(`data-fact="crossover.year" title="First year scale-up CPO revenue exceeds scale-out">${facts['crossover.year'].text}<`);
  });

  it('the methodology table lists every assumption of the vintage, each with a source or a rationale', () => {
    const html = page('methodology/index.html');
    const expected = listAssumptions(vintage.assumptions).map((a) => a.id);
    const rows = [...html.matchAll(/<tr[^>]*data-assumption="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)];
    expect(rows.map((m) => m[1])).toEqual(expected);
    for (const [, id, body] of rows) {
      const node = listAssumptions(vintage.assumptions).find((a) => a.id === id)!.node;
      if (node.source) expect(body).toContain(`/sources/#src-${node.source}`);
      else expect(body).toContain('Analyst estimate');
      expect(body!.length).toBeGreaterThan(100);
      expect(body!.includes('data-range'), `${id} shows its uncertainty range`).toBe(node.distribution !== undefined);
    }
  });

  it('every assumption has a source or a rationale, and every cited source exists', () => {
    const ids = new Set(vintage.sources.map((s) => s.id));
    const all = listAssumptions(vintage.assumptions);
    for (const { id, node } of all) expect(node.source !== undefined || node.rationale !== undefined, id).toBe(true);
    const cited = all.filter((a) => a.node.source !== undefined);
    expect(cited.length).toBeGreaterThan(0);
    for (const { id, node } of cited) expect(ids.has(node.source!), `${id} → ${node.source}`).toBe(true);
  });

  it('the chapters show at least ten distinct figures, each with caption, data table and CSV', () => {
    const figures = new Set<string>();
    for (const chapter of CHAPTERS) {
      expect(existsSync(`dist/${chapter}/index.html`), chapter).toBe(true);
      const html = page(`${chapter}/index.html`);
      for (const m of html.matchAll(/<figure class="chart" id="([^"]+)"[\s\S]*?<\/figure>/g)) {
        figures.add(m[1]!);
        expect(m[0]).toContain('<figcaption');
        expect(m[0]).toContain('<table class="data-table">');
        expect(m[0]).toContain(`/data/${LATEST}/charts/${m[1]}.csv`);
        expect(existsSync(`dist/data/${LATEST}/charts/${m[1]}.csv`)).toBe(true);
      }
    }
    expect(figures.size).toBeGreaterThanOrEqual(10);
  });

  it('the headline source says its analyst is unknown, and no source invents a URL', () => {
    const sources = page('sources/index.html');
    expect(sources).toMatch(/Industry forecast \(analyst not named\)/);
    const headline = vintage.sources.find((s) => s.id === 'industry-cagr-142')!;
    expect(headline.url).toBeUndefined();
    expect(headline.note).toMatch(/could not be found/);
  });

  it('the vendor chapter tabulates every timeline event with a link to its source', () => {
    const html = page('vendor-landscape/index.html');
    const table = html.match(/<table class="data-table timeline-table[^"]*"[^>]*>([\s\S]*?)<\/table>/)?.[1] ?? '';
    const rows = [...table.matchAll(/<tr[^>]*>\s*<th scope="row"[\s\S]*?<\/tr>/g)].map((m) => m[0]);
    expect(rows).toHaveLength(vintage.timeline.length);
    vintage.timeline.forEach((event, i) => expect(rows[i]).toContain(`/sources/#src-${event.source}`));
    expect(html).toContain('fig-vendor-timeline');
  });

  it('names the OCI MSA correctly in the scale-up chapter', () => {
    const html = page('scale-up-vs-scale-out/index.html');
    expect(html).toContain('Optical Compute Interconnect (OCI) MSA');
    expect(html).toContain('fig-segment-crossover');
  });

  it('the executive summary shows its key numbers as a strip of facts', () => {
    const html = page('executive-summary/index.html');
    const strip = html.match(/<dl class="key-figures[^"]*"[^>]*>([\s\S]*?)<\/dl>/)?.[1] ?? '';
    expect((strip.match(/data-fact=/g) ?? []).length).toBeGreaterThanOrEqual(4);
    // The strip leads with the simulation's median and range beside the point forecast, and the thesis as a probability.
    for (const name of ['revenue.2030.total.p50', 'revenue.2030.total.p5', 'revenue.2030.total.p95', 'revenue.2030.total', 'prob.crossoverBefore2030']) {
      expect(strip).toContain(`data-fact="${name}"`);
    }
    expect(strip.indexOf('data-fact="revenue.2030.total.p50"')).toBeLessThan(strip.indexOf('data-fact="revenue.2030.total"'));
  });

  it('chapter pages list the same files as the content folder', () => {
    const files = readdirSync('content/chapters').filter((f) => f.endsWith('.mdx'));
    for (const f of files) expect(existsSync(`dist/${f.replace(/^\d+-/, '').replace(/\.mdx$/, '')}/index.html`), f).toBe(true);
  });
});
