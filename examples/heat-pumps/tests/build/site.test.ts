import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { toModelInputs } from '../../src/model/inputs';
import { runModel } from '../../src/model/project';
import { HeatPumpAssumptions } from '../../src/schema';

/**
 * Inspects the built site (examples/heat-pumps/dist, written by `npm run build -- --root examples/heat-pumps`,
 * which `npm test` runs first): chapters, figures with their tables and downloads, the published facts against
 * the model, the revisions page, the sources' quotes, and no word of another report.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const csv = (file: string): string[][] => parse(readFileSync(join(dist, file), 'utf8'));

beforeAll(() => {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`no built site at ${dist}: run \`npm run build -- --root examples/heat-pumps\` first`);
});

describe('chapters and figures', () => {
  it('builds both chapters with every figure they name, each with one themed SVG, a data table and downloads', () => {
    const figures = {
      'outlook/': ['fig-installed-base', 'fig-sales-split', 'fig-stock-fan', 'fig-gas-avoided'],
      'method/': ['fig-household-share', 'fig-tornado-stock'],
    };
    for (const [path, ids] of Object.entries(figures)) {
      const html = page(path);
      for (const id of ids) {
        const start = html.indexOf(`<figure class="chart" id="${id}"`);
        expect(start, `${path} has figure ${id}`).toBeGreaterThan(0);
        const figure = html.slice(start, html.indexOf('</figure>', start));
        // Booleans, so a failure names what is missing instead of printing the whole page.
        const has = (what: string | RegExp) => (typeof what === 'string' ? figure.includes(what) : what.test(figure));
        // One SVG serves both themes: its colours are the page's CSS custom properties.
        expect(has(/<div class="chart-size[^"]*"><svg[^>]*role="img"/), `${id}: SVG as an image in the chart frame`).toBe(true);
        expect(has('var(--'), `${id}: colours from the page's theme`).toBe(true);
        expect(has('<table class="data-table">'), `${id}: data table`).toBe(true);
        expect(has(`${id}.csv"`), `${id}: CSV link`).toBe(true);
        expect(has(`${id}.vl.json"`), `${id}: spec link`).toBe(true);
      }
    }
  });

  it('publishes one CSV row per model year for the yearly figures, and the Monte Carlo percentiles for the fan', () => {
    // 2025–2035: a header and 11 years.
    expect(csv('data/2025-10/charts/fig-installed-base.csv')).toHaveLength(12);
    expect(csv('data/2025-10/charts/fig-gas-avoided.csv')[0]).toEqual(['Year', 'Gas avoided (billion m³)', 'CO₂ avoided (Mt)']);
    const fan = csv('data/2025-10/charts/fig-stock-fan.csv');
    expect(fan[0]).toEqual(['Year', 'p5', 'p25', 'Median', 'p75', 'p95', 'Point forecast']);
    expect(fan).toHaveLength(12);
    for (const row of fan.slice(1)) {
      const [p5, p25, p50, p75, p95] = row.slice(1, 6).map(Number);
      expect(p5).toBeLessThanOrEqual(p25!);
      expect(p25).toBeLessThanOrEqual(p50!);
      expect(p50).toBeLessThanOrEqual(p75!);
      expect(p75).toBeLessThanOrEqual(p95!);
    }
  });

  it('draws the spec-file figure from the table the model publishes', () => {
    const spec = JSON.parse(readFileSync(join(dist, 'data/2025-10/charts/fig-gas-avoided.vl.json'), 'utf8'));
    expect(spec.title).toBe('Gas the installed heat pumps avoid each year');
    expect(spec.data.values).toHaveLength(11);
    // Keyed by the table's column labels, the CSV's headers, which the spec's fields name.
    expect(Object.keys(spec.data.values[0]).sort()).toEqual(['CO₂ avoided (Mt)', 'Gas avoided (billion m³)', 'Year']);
    expect([spec.encoding.x.field, spec.encoding.y.field]).toEqual(['Year', 'Gas avoided (billion m³)']);
  });
});

describe('published numbers', () => {
  const doc = HeatPumpAssumptions.parse(JSON.parse(readFileSync(join(root, 'data/vintages/2025-10/assumptions.json'), 'utf8')));
  const r = runModel(toModelInputs(doc));
  const facts = () => JSON.parse(readFileSync(join(dist, 'data/2025-10/facts.json'), 'utf8')).facts as Record<string, { value: number | null; text: string }>;

  it('publishes the facts the model computes from the vintage', () => {
    const f = facts();
    expect(f['stock.2030']!.value).toBeCloseTo(r.stock[r.years.indexOf(2030)]!, 0);
    expect(f['sales.2025']!.value).toBeCloseTo(r.sales[0]!, 0);
    expect(f['target.gap']!.value).toBeCloseTo(r.metrics.targetGap!, 0);
  });

  it('shows each number in prose as the fact registry formats it', () => {
    const f = facts();
    const html = page('outlook/');
    const shown = (name: string) => [...html.matchAll(new RegExp(`data-fact="${name.replace(/\./g, '\\.')}"[^>]*>([^<]*)<`, 'g'))].map((m) => m[1]);
    for (const name of ['stock.2030', 'target.gap', 'stock.2030.p5', 'prob.stock2030AtLeast60M']) {
      const texts = shown(name);
      expect(texts.length, name).toBeGreaterThan(0);
      for (const text of texts) expect(text, name).toBe(f[name]!.text);
    }
  });
});

describe('revisions', () => {
  it('explains the October 2025 revision with a waterfall over the four changed assumptions', () => {
    const html = page('revisions/2025-10/');
    expect(html).toContain('id="fig-revision-waterfall"');
    const changed = [...html.matchAll(/data-assumption="([^"]+)"/g)].map((m) => m[1]);
    expect(changed).toEqual(['market.households', 'market.baseStock', 'diffusion.innovation', 'marketConditions']);
  });

  it('speaks of heat pumps installed, counted, not of money', () => {
    const html = page('revisions/2025-10/');
    expect(html.includes('Why 2035 heat pumps installed moved'), 'attribution heading names the series').toBe(true);
    expect(html.match(/revenue|\$\d|\(USD\)/i)?.[0], 'money words on the revisions page').toBeUndefined();
    const waterfall = csv('revisions/2025-10/fig-revision-waterfall.csv');
    expect(waterfall[0]).toEqual(['Step', 'Kind', '2035 heat pumps installed before', '2035 heat pumps installed after', 'Change']);
  });
});

describe('sources', () => {
  it('shows every source with the passage it is quoted for', () => {
    const html = page('sources/');
    const sources: { id: string; quote: string }[] = JSON.parse(readFileSync(join(root, 'data/vintages/2025-10/sources.json'), 'utf8')).sources;
    expect(sources.length).toBeGreaterThan(3);
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    for (const s of sources) expect(html.includes(escape(s.quote.slice(0, 60))), `${s.id}: quote shown`).toBe(true);
  });
});

describe('the engine keeps reports apart', () => {
  it('puts no word of the optics report into this report’s pages', () => {
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(8);
    for (const file of pages) {
      const text = readFileSync(join(dist, file), 'utf8');
      expect(text.match(/\bCPO\b|co-packaged|scale-up|scale-out|\bELS\b|pJ\/bit/i)?.[0], file).toBeUndefined();
    }
  });
});
