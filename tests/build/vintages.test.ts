import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { LATEST, PUBLISHED } from '../helpers/vintages';
import { requireFreshDist } from '../helpers/fresh-dist';

// Refuses a dist/ built from other sources than the checkout has now.
beforeAll(() => requireFreshDist());

/**
 * Inspects the dist/ that `npm test` builds before running this suite. 2026-05 and 2026-11 are published and
 * locked for good, so their pages are fixed points; "the latest" is whichever vintage is newest.
 */
const page = (path: string, root = 'dist') => readFileSync(join(root, path), 'utf8');
const facts = (vintage: string, root = 'dist') =>
  JSON.parse(page(`data/${vintage}/facts.json`, root)).facts as Record<string, { text: string; value: number | null }>;
const shownFact = (html: string, name: string) =>
  html.match(new RegExp(`data-fact="${name.replace(/\./g, '\\.')}"[^>]*>\\s*<span class="key-value"[^>]*>([^<]+)<`))?.[1];
/** Text of an HTML fragment with tags dropped and whitespace collapsed. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('build/archived vintages', () => {
  it('every published vintage has its own page, the older one marked as not the latest', () => {
    const archived = page('v/2026-05/index.html');
    expect(text(archived)).toContain('Archived forecast: this is not the latest.');
    expect(archived).toContain(`href="/v/${LATEST}/"`);
    expect(archived).toContain('href="/revisions/2026-11/"');
    const latest = page(`v/${LATEST}/index.html`);
    expect(text(latest)).toContain('This is the latest forecast');
    expect(latest).not.toContain('not the latest');
  });

  it('an archived page shows its own numbers, not the latest ones', () => {
    const archived = page('v/2026-05/index.html');
    const old = facts('2026-05');
    const now = facts(LATEST);
    expect(old['revenue.2030.total']!.text).not.toBe(now['revenue.2030.total']!.text);
    expect(shownFact(archived, 'revenue.2030.total')).toBe(old['revenue.2030.total']!.text);
    expect(shownFact(archived, 'cagr.2026_2030.exclEls')).toBe(old['cagr.2026_2030.exclEls']!.text);
    expect(shownFact(page(`v/${LATEST}/index.html`), 'revenue.2030.total')).toBe(now['revenue.2030.total']!.text);
  });

  it('an archived page carries all its figures with its own data and downloads, and unique SVG ids', () => {
    const archived = page('v/2026-05/index.html');
    expect((archived.match(/<figure class="chart"/g) ?? []).length).toBeGreaterThanOrEqual(7);
    expect(archived).toContain('id="v2026-05-fig-market-by-segment"');
    expect(archived).toContain('href="/data/2026-05/charts/fig-market-by-segment.csv"');
    expect(archived).toContain('href="/data/2026-05/assumptions.json"');
    // The figure's 2030 revenue in its data table is the archived one.
    const csv = page('data/2026-05/charts/fig-market-by-segment.csv')
      .trim()
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(','));
    const total2030 = csv.filter((r) => r[0] === '2030').reduce((s, r) => s + Number(r[2]), 0);
    expect(total2030).toBeCloseTo(facts('2026-05')['revenue.2030.total']!.value!, 0);
    const ids = [...archived.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('build/revisions pages', () => {
  it('the history lists every vintage newest first with links to its pages', () => {
    const html = page('revisions/index.html');
    const order = [...html.matchAll(/data-vintage="([^"]+)"/g)].map((m) => m[1]);
    expect(order).toEqual([...PUBLISHED].reverse());
    expect(order).toEqual(expect.arrayContaining(['2026-11', '2026-05']));
    expect(html).toContain('href="/revisions/2026-11/"');
    expect(html).toContain('href="/v/2026-05/"');
  });

  it('the waterfall published as CSV adds up to the total change', () => {
    const rows = page('revisions/2026-11/fig-revision-waterfall.csv')
      .trim()
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(','));
    const [first, ...rest] = rows;
    const last = rest.pop()!;
    const steps = rest.reduce((s, r) => s + Number(r[4]), 0);
    expect(Number(last[3]) - Number(first![3])).toBeCloseTo(steps, 0);
    expect(Number(first![3])).toBe(facts('2026-05')['revenue.2030.total']!.value);
    expect(Number(last[3])).toBe(facts('2026-11')['revenue.2030.total']!.value);
    expect(rest.at(-1)![0]).toBe('Residual');
  });

  it('the revisions page shows the change in headline numbers and each changed assumption with its source', () => {
    const html = page('revisions/2026-11/index.html');
    const row = html.match(/<tr data-fact="cagr\.2026_2030\.exclEls"[^>]*>([\s\S]*?)<\/tr>/)?.[1] ?? '';
    expect(text(row)).toContain(facts('2026-05')['cagr.2026_2030.exclEls']!.text);
    expect(text(row)).toContain(facts('2026-11')['cagr.2026_2030.exclEls']!.text);
    expect(html).toContain('data-assumption="segments.scaleUp.adoption.cap"');
    expect(html).toMatch(/<svg[^>]*aria-labelledby="rev2026-11-fig-revision-waterfall-title/);
    // Scripts are external files only (strict CSP); reading needs none of them.
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  });
});

describe('build/an honest archive', () => {
  /** The vintage published after 2026-05: its revision page compares against the reconstruction. */
  const afterMay = PUBLISHED[PUBLISHED.indexOf('2026-05') + 1]!;

  it('a reconstructed vintage says so, with the date it was made, on its page, in the history and on revisions that involve it', () => {
    const made = JSON.parse(readFileSync('data/vintages/2026-05/vintage.json', 'utf8')).reconstructed.made;
    const archived = text(page('v/2026-05/index.html'));
    expect(archived).toContain(`Reconstructed, not published at the time. This vintage was made on ${made}`);
    expect(archived).toContain(`Vintage 2026-05, reconstructed on ${made} as of 2026-05-15.`);
    expect(text(page('revisions/index.html'))).toContain(`Vintage 2026-05, reconstructed on ${made} as of 2026-05-15.`);
    expect(page(`revisions/${afterMay}/index.html`)).toContain('data-reconstructed="2026-05"');
    // A vintage made on its date carries no such mark.
    expect(page(`v/${LATEST}/index.html`)).not.toContain('data-reconstructed');
  });
});

describe('build/sources page', () => {
  it("shows each source's kind, and the quoted passage for every source that has one", () => {
    const html = page('sources/index.html');
    const sources = JSON.parse(readFileSync(resolve('data/vintages', LATEST, 'sources.json'), 'utf8')).sources as {
      id: string;
      kind: string;
      quote?: string;
    }[];
    const quoted = sources.filter((s) => s.quote);
    expect(quoted.length).toBeGreaterThan(0);
    const entry = (id: string) => html.match(new RegExp(`<li id="src-${id}"[^>]*>([\\s\\S]*?)</li>`))?.[1] ?? '';
    for (const s of sources) expect(entry(s.id), s.id).toContain(`data-kind="${s.kind}"`);
    for (const s of quoted) expect(entry(s.id), s.id).toContain('data-quote');
  });
});
